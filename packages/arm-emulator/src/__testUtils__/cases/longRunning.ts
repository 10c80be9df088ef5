import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import type { LroCase } from '../lroContract';
import { KUBERNETES_CONFIGURATION_LRO_CASES } from './kubernetesConfigurationLro';
import {
  api,
  cloneResource,
  cluster,
  containerGroup,
  DEV,
  group,
  NEW_CLUSTER,
  NEW_CONTAINER_GROUP,
  pool,
  registry,
} from '../demo';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const STOPPED = cluster('rg-dev', 'aks-dev-stopped', DEV);
const LTS = cluster('rg-platform-prod', 'aks-platform-lts');
const ACR = registry('rg-platform-prod', 'acrcontosoprod');
const aks = (path: string) => api(path, 'aks');
const copyOf = (source: string, name: string) => (emulator: ArmEmulator) =>
  cloneResource(emulator, source, name);

const clusterCase = (
  operation: string,
  status: number,
  what: string,
  id: string,
  extra: Partial<LroCase> & { action?: string; finalStatus?: number } = {},
): LroCase => ({
  operation,
  status,
  what,
  path: aks(extra.action ? `${id}/${extra.action}` : id),
  final: {
    operation: 'ManagedClusters_Get',
    path: aks(id),
    status: extra.finalStatus ?? 200,
  },
  ...extra,
});

const poolCase = (
  operation: string,
  status: number,
  what: string,
  clusterName: string,
  poolName: string,
  extra: Partial<LroCase> & { action?: string; finalStatus?: number } = {},
): LroCase => {
  const id = pool('rg-platform-prod', clusterName, poolName);
  return {
    operation,
    status,
    what,
    path: aks(extra.action ? `${id}/${extra.action}` : id),
    setup: copyOf(LTS, clusterName),
    final: {
      operation: 'AgentPools_Get',
      path: aks(id),
      status: extra.finalStatus ?? 200,
    },
    ...extra,
  };
};

/** A copy of the payments cluster with an update running. */
async function updating(emulator: ArmEmulator, name: string) {
  const id = cloneResource(emulator, PAYMENTS, name);
  await armFetch(emulator, 'PUT', aks(id), {
    body: { location: 'westeurope', tags: { step: 'update' } },
  });
}

const aciGroup = (name: string) => containerGroup('rg-payments-prod', name);
const aciFinal = (name: string, status: number) => ({
  operation: 'ContainerGroups_Get',
  path: api(aciGroup(name), 'aci'),
  status,
});

/** Every long-running operation the product starts, with the GET that shows its result. */
export const LRO_CASES: LroCase[] = [
  clusterCase(
    'ManagedClusters_CreateOrUpdate',
    201,
    'a new cluster',
    cluster('rg-payments-prod', 'aks-lro-new'),
    { body: NEW_CLUSTER },
  ),
  clusterCase(
    'ManagedClusters_CreateOrUpdate',
    200,
    'an update',
    cluster('rg-payments-prod', 'aks-lro-update'),
    {
      body: { location: 'westeurope', tags: { changed: 'yes' } },
      setup: copyOf(PAYMENTS, 'aks-lro-update'),
    },
  ),
  clusterCase(
    'ManagedClusters_UpdateTags',
    200,
    'new tags, answered at once',
    cluster('rg-payments-prod', 'aks-lro-tags'),
    {
      body: { tags: { a: 'b' } },
      setup: copyOf(PAYMENTS, 'aks-lro-tags'),
      atOnce: true,
    },
  ),
  clusterCase(
    'ManagedClusters_Delete',
    202,
    'a cluster',
    cluster('rg-payments-prod', 'aks-lro-delete'),
    { setup: copyOf(PAYMENTS, 'aks-lro-delete'), finalStatus: 404 },
  ),
  clusterCase(
    'ManagedClusters_Start',
    202,
    'a stopped cluster',
    cluster('rg-dev', 'aks-lro-start', DEV),
    { action: 'start', setup: copyOf(STOPPED, 'aks-lro-start') },
  ),
  clusterCase(
    'ManagedClusters_Stop',
    202,
    'a running cluster',
    cluster('rg-payments-prod', 'aks-lro-stop'),
    { action: 'stop', setup: copyOf(PAYMENTS, 'aks-lro-stop') },
  ),
  {
    ...clusterCase(
      'ManagedClusters_AbortLatestOperation',
      202,
      'a running update',
      cluster('rg-payments-prod', 'aks-lro-abort'),
      { action: 'abort', setup: e => updating(e, 'aks-lro-abort') },
    ),
    final: {
      operation: 'ManagedClusters_Get',
      path: aks(cluster('rg-payments-prod', 'aks-lro-abort')),
      status: 200,
      state: 'Canceled',
      // A failed abort lets the update carry on (never stuck Canceling).
      failedState: expect.stringMatching(/^(Updating|Succeeded)$/),
    },
  },
  poolCase(
    'AgentPools_CreateOrUpdate',
    201,
    'a new pool',
    'aks-lro-pool-new',
    'extra',
    { body: { properties: { count: 1, vmSize: 'Standard_D2ds_v5' } } },
  ),
  poolCase(
    'AgentPools_CreateOrUpdate',
    200,
    'a scaled pool',
    'aks-lro-pool-scale',
    'legacyapps',
    { body: { properties: { count: 3 } } },
  ),
  poolCase(
    'AgentPools_Delete',
    202,
    'a user pool',
    'aks-lro-pool-delete',
    'batch',
    {
      finalStatus: 404,
    },
  ),
  poolCase(
    'AgentPools_UpgradeNodeImageVersion',
    202,
    'a pool with an old node image',
    'aks-lro-node-image',
    'legacyapps',
    { action: 'upgradeNodeImageVersion' },
  ),
  {
    operation: 'Registries_Create',
    status: 201,
    what: 'a new registry',
    path: api(registry('rg-payments-prod', 'acrlronew'), 'acr'),
    body: { location: 'westeurope', sku: { name: 'Standard' } },
    final: {
      operation: 'Registries_Get',
      path: api(registry('rg-payments-prod', 'acrlronew'), 'acr'),
      status: 200,
    },
  },
  {
    operation: 'Registries_Delete',
    status: 202,
    what: 'a registry',
    path: api(registry('rg-platform-prod', 'acrlrodelete'), 'acr'),
    setup: copyOf(ACR, 'acrlrodelete'),
    final: {
      operation: 'Registries_Get',
      path: api(registry('rg-platform-prod', 'acrlrodelete'), 'acr'),
      status: 404,
    },
  },
  {
    operation: 'ContainerGroups_CreateOrUpdate',
    status: 201,
    what: 'a new group',
    path: api(aciGroup('cg-lro-new'), 'aci'),
    body: NEW_CONTAINER_GROUP,
    final: aciFinal('cg-lro-new', 200),
  },
  {
    operation: 'ContainerGroups_Delete',
    status: 200,
    what: 'a group, answered at once',
    atOnce: true,
    path: api(aciGroup('cg-lro-delete'), 'aci'),
    setup: async emulator => {
      await armFetch(emulator, 'PUT', api(aciGroup('cg-lro-delete'), 'aci'), {
        body: NEW_CONTAINER_GROUP,
      });
    },
    final: aciFinal('cg-lro-delete', 404),
  },
  {
    operation: 'ResourceGroups_Delete',
    status: 202,
    what: 'a resource group',
    path: api(group('rg-lro-delete'), 'resources'),
    setup: emulator =>
      emulator.admin.putResource(group('rg-lro-delete'), {
        location: 'westeurope',
        properties: { provisioningState: 'Succeeded' },
      }),
    final: {
      operation: 'ResourceGroups_Get',
      path: api(group('rg-lro-delete'), 'resources'),
      status: 404,
      failedState: 'Succeeded',
    },
  },
  ...KUBERNETES_CONFIGURATION_LRO_CASES,
];
