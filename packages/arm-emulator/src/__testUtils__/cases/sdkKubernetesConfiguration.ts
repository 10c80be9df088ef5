import type { SdkRoundTrip } from './sdkContainerService';
import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { api, cloneResource, cluster } from '../demo';
import {
  AKS,
  extensionPath,
  FLUX_EXTENSION,
  fluxPath,
  gitConfiguration,
} from '../kubernetesConfiguration';
import { FAST_POLL } from '../sdkSetup';
import {
  clusterWithConfiguration,
  clusterWithFlux,
  GIT_CONFIGURATION,
} from './kubernetesConfigurationSetup';

const RG = 'rg-payments-prod';
const CLIENT = 'SourceControlConfigurationClient';

async function names(pages: AsyncIterable<{ name?: string }>) {
  const found: string[] = [];
  for await (const item of pages) found.push(item.name!);
  return found.sort();
}

/** The operations setups start, whose monitors the SDK then reads. */
const operations = { extension: '', flux: '' };

/** Starts a PUT and returns the id of its operation, from its Azure-AsyncOperation monitor. */
async function startedOperation(
  emulator: ArmEmulator,
  path: string,
  spec: 'extensions' | 'flux',
  body: unknown,
): Promise<string> {
  const started = await armFetch(emulator, 'PUT', api(path, spec), { body });
  const monitor = String(started.headers['azure-asyncoperation']);
  return new URL(monitor).pathname.split('/').pop()!;
}

const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (e: { statusCode?: number }) => e.statusCode,
  );

/** @azure/arm-kubernetesconfiguration round trips (classic client, api-version 2023-05-01), LROs through its poller. */
export const KUBERNETES_CONFIGURATION_ROUND_TRIPS: SdkRoundTrip[] = [
  {
    operation: 'Extensions_List',
    method: `${CLIENT}.extensions.list`,
    call: c =>
      names(
        c.kubernetesConfiguration.extensions.list(
          RG,
          ...AKS,
          'aks-payments-prod',
        ),
      ),
    returns: ['flux'],
  },
  {
    operation: 'Extensions_Get',
    method: `${CLIENT}.extensions.get`,
    call: async c =>
      (
        await c.kubernetesConfiguration.extensions.get(
          RG,
          ...AKS,
          'aks-payments-prod',
          'flux',
        )
      ).extensionType,
    returns: 'microsoft.flux',
  },
  {
    operation: 'Extensions_Create',
    method: `${CLIENT}.extensions.beginCreateAndWait`,
    setup: e =>
      cloneResource(e, cluster(RG, 'aks-payments-prod'), 'aks-sdk-ext'),
    call: async c =>
      (
        await c.kubernetesConfiguration.extensions.beginCreateAndWait(
          RG,
          ...AKS,
          'aks-sdk-ext',
          'flux',
          FLUX_EXTENSION,
          FAST_POLL,
        )
      ).provisioningState,
    returns: 'Succeeded',
  },
  {
    operation: 'Extensions_Update',
    method: `${CLIENT}.extensions.beginUpdateAndWait`,
    setup: clusterWithFlux('aks-sdk-ext-patch'),
    call: async c =>
      (
        await c.kubernetesConfiguration.extensions.beginUpdateAndWait(
          RG,
          ...AKS,
          'aks-sdk-ext-patch',
          'flux',
          { configurationSettings: { 'helm-controller.enabled': 'true' } },
          FAST_POLL,
        )
      ).configurationSettings,
    returns: { 'helm-controller.enabled': 'true' },
  },
  {
    operation: 'Extensions_Delete',
    method: `${CLIENT}.extensions.beginDeleteAndWait`,
    setup: clusterWithFlux('aks-sdk-ext-delete'),
    call: async c => {
      await c.kubernetesConfiguration.extensions.beginDeleteAndWait(
        RG,
        ...AKS,
        'aks-sdk-ext-delete',
        'flux',
        FAST_POLL,
      );
      return statusOf(
        c.kubernetesConfiguration.extensions.get(
          RG,
          ...AKS,
          'aks-sdk-ext-delete',
          'flux',
        ),
      );
    },
    returns: 404,
  },
  {
    operation: 'OperationStatus_Get',
    method: `${CLIENT}.operationStatus.get`,
    setup: async e => {
      const id = cloneResource(
        e,
        cluster(RG, 'aks-payments-prod'),
        'aks-sdk-ext-op',
      );
      operations.extension = await startedOperation(
        e,
        extensionPath(id, 'dapr'),
        'extensions',
        {
          properties: { extensionType: 'microsoft.dapr' },
        },
      );
    },
    call: async c =>
      (
        await c.kubernetesConfiguration.operationStatus.get(
          RG,
          ...AKS,
          'aks-sdk-ext-op',
          'dapr',
          operations.extension,
        )
      ).name === operations.extension,
    returns: true,
  },
  {
    operation: 'FluxConfigurations_List',
    method: `${CLIENT}.fluxConfigurations.list`,
    call: c =>
      names(
        c.kubernetesConfiguration.fluxConfigurations.list(
          RG,
          ...AKS,
          'aks-payments-prod',
        ),
      ),
    returns: ['payments-api'],
  },
  {
    operation: 'FluxConfigurations_Get',
    method: `${CLIENT}.fluxConfigurations.get`,
    call: async c =>
      (
        await c.kubernetesConfiguration.fluxConfigurations.get(
          RG,
          ...AKS,
          'aks-payments-prod',
          'payments-api',
        )
      ).complianceState,
    returns: 'Compliant',
  },
  {
    operation: 'FluxConfigurations_CreateOrUpdate',
    method: `${CLIENT}.fluxConfigurations.beginCreateOrUpdateAndWait`,
    setup: clusterWithFlux('aks-sdk-flux-new'),
    call: async c => {
      const made =
        await c.kubernetesConfiguration.fluxConfigurations.beginCreateOrUpdateAndWait(
          RG,
          ...AKS,
          'aks-sdk-flux-new',
          'apps',
          gitConfiguration('https://github.com/acme/sdk'),
          FAST_POLL,
        );
      return [made.provisioningState, made.complianceState];
    },
    returns: ['Succeeded', 'Pending'],
  },
  {
    operation: 'FluxConfigurations_Update',
    method: `${CLIENT}.fluxConfigurations.beginUpdateAndWait`,
    setup: clusterWithConfiguration('aks-sdk-flux-patch', 'apps', 'flux'),
    call: async c =>
      (
        await c.kubernetesConfiguration.fluxConfigurations.beginUpdateAndWait(
          RG,
          ...AKS,
          'aks-sdk-flux-patch',
          'apps',
          { suspend: true },
          FAST_POLL,
        )
      ).complianceState,
    returns: 'Suspended',
  },
  {
    operation: 'FluxConfigurations_Delete',
    method: `${CLIENT}.fluxConfigurations.beginDeleteAndWait`,
    setup: clusterWithConfiguration('aks-sdk-flux-delete', 'apps', 'flux'),
    call: async c => {
      await c.kubernetesConfiguration.fluxConfigurations.beginDeleteAndWait(
        RG,
        ...AKS,
        'aks-sdk-flux-delete',
        'apps',
        FAST_POLL,
      );
      return statusOf(
        c.kubernetesConfiguration.fluxConfigurations.get(
          RG,
          ...AKS,
          'aks-sdk-flux-delete',
          'apps',
        ),
      );
    },
    returns: 404,
  },
  {
    operation: 'FluxConfigOperationStatus_Get',
    method: `${CLIENT}.fluxConfigOperationStatus.get`,
    setup: async e => {
      const id = clusterWithFlux('aks-sdk-flux-op')(e);
      operations.flux = await startedOperation(
        e,
        fluxPath(id, 'apps'),
        'flux',
        GIT_CONFIGURATION,
      );
    },
    call: async c =>
      (
        await c.kubernetesConfiguration.fluxConfigOperationStatus.get(
          RG,
          ...AKS,
          'aks-sdk-flux-op',
          'apps',
          operations.flux,
        )
      ).name === operations.flux,
    returns: true,
  },
];
