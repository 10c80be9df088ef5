/** What the emulator knows of an extension type: the version it installs and where it installs by default. */
interface ExtensionTypeInfo {
  version: string;
  releaseNamespace: string;
}

/**
 * Extension types AKS offers that the emulator installs. Any other type is
 * refused, as the resource provider refuses a type no publisher registered.
 */
const KNOWN_EXTENSION_TYPES: Record<string, ExtensionTypeInfo> = {
  'microsoft.flux': { version: '1.17.3', releaseNamespace: 'flux-system' },
  'microsoft.dapr': { version: '1.15.6', releaseNamespace: 'dapr-system' },
  'microsoft.azurekeyvaultsecretsprovider': {
    version: '1.6.2',
    releaseNamespace: 'kube-system',
  },
  'microsoft.azuremonitor.containers': {
    version: '3.1.27',
    releaseNamespace: 'azuremonitor-containers',
  },
  'microsoft.azureml.kubernetes': {
    version: '1.1.76',
    releaseNamespace: 'azureml',
  },
  'microsoft.dataprotection.kubernetes': {
    version: '1.0.2',
    releaseNamespace: 'dataprotection-microsoft',
  },
};

export const knownExtensionTypes = () => Object.keys(KNOWN_EXTENSION_TYPES);

export function extensionTypeInfo(
  extensionType: string,
): ExtensionTypeInfo | undefined {
  return KNOWN_EXTENSION_TYPES[extensionType.toLowerCase()];
}
