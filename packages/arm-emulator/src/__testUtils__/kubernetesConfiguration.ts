import {
  SourceControlConfigurationClient,
  type Extension,
  type FluxConfiguration,
} from '@azure/arm-kubernetesconfiguration';
import type { ArmEmulator } from '../types';
import { clientOptions, credentialFor, trustingAgent } from './sdkSetup';

/** The cluster kind every Kubernetes configuration call names. */
export const AKS = ['Microsoft.ContainerService', 'managedClusters'] as const;

/** Paths of a cluster's extensions and Flux configurations, from the cluster's id. */
export const extensionPath = (clusterId: string, name = '') =>
  `${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions${
    name ? `/${name}` : ''
  }`;
export const fluxPath = (clusterId: string, name = '') =>
  `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations${
    name ? `/${name}` : ''
  }`;

/** The Flux extension as a client installs it. */
export const FLUX_EXTENSION: Extension = {
  extensionType: 'microsoft.flux',
  autoUpgradeMinorVersion: true,
  releaseTrain: 'Stable',
  scope: { cluster: { releaseNamespace: 'flux-system' } },
};

/** A Flux configuration of a Git repository's branch with one Kustomization. */
export const gitConfiguration = (
  url: string,
  change: Partial<FluxConfiguration> = {},
): FluxConfiguration => ({
  scope: 'cluster',
  namespace: 'flux-system',
  sourceKind: 'GitRepository',
  gitRepository: { url, repositoryRef: { branch: 'main' } },
  kustomizations: { apps: { path: './deploy', prune: true } },
  ...change,
});

/** The SDK client the product uses for extensions and Flux, against the emulator. */
export function kubernetesConfigurationClient(
  emulator: ArmEmulator,
  subscriptionId: string,
): SourceControlConfigurationClient {
  const agent = trustingAgent(emulator);
  return new SourceControlConfigurationClient(
    credentialFor(emulator, agent),
    subscriptionId,
    clientOptions(emulator, agent),
  );
}

/** What a call the SDK refused came to: its RestError's status, code, message and ARM's error target. */
export async function sdkError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  // The SDK's RestError, from the core-rest-pipeline it was built with.
  expect(error?.name).toBe('RestError');
  return {
    statusCode: error.statusCode,
    code: error.code,
    message: error.message,
    target: error.details?.error?.target,
  };
}
