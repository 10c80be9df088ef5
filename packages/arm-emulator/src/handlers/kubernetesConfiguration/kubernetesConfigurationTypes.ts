export const KUBERNETES_CONFIGURATION_NAMESPACE =
  'Microsoft.KubernetesConfiguration';
export const EXTENSION_TYPE = 'Microsoft.KubernetesConfiguration/extensions';
export const FLUX_CONFIGURATION_TYPE =
  'Microsoft.KubernetesConfiguration/fluxConfigurations';

/** The api-version @azure/arm-kubernetesconfiguration 6.1.0 sends, for both resource types. */
export const KUBERNETES_CONFIGURATION_SDK_API_VERSION = '2023-05-01';
/** The newest stable api-version of extensions. */
export const EXTENSIONS_LATEST_API_VERSION = '2025-03-01';
/** The newest stable api-version of Flux configurations. */
export const FLUX_LATEST_API_VERSION = '2025-04-01';

export const EXTENSIONS_API_VERSIONS = [
  KUBERNETES_CONFIGURATION_SDK_API_VERSION,
  EXTENSIONS_LATEST_API_VERSION,
] as const;
export const FLUX_API_VERSIONS = [
  KUBERNETES_CONFIGURATION_SDK_API_VERSION,
  FLUX_LATEST_API_VERSION,
] as const;

/** The extension type that installs the Flux controllers a Flux configuration needs. */
export const FLUX_EXTENSION_TYPE = 'microsoft.flux';

/** Whether a request's api-version has the model of `since` or a later one (api-versions sort as text). */
export const modelSince = (apiVersion: string | null, since: string) =>
  (apiVersion ?? '') >= since;
