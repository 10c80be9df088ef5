import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import {
  api,
  cloneResource,
  cluster,
  DEV,
  group,
  NEW_CLUSTER,
  sub,
} from '../demo';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const CHECKOUT = cluster('rg-payments-prod', 'aks-checkout-prod');
const STOPPED = cluster('rg-dev', 'aks-dev-stopped', DEV);
const UNKNOWN_SUB = sub('0b1f6471-1bf0-4dda-aec3-cb9272f09590');
const aks = (path: string) => api(path, 'aks');
const copyOf = (source: string, name: string) => (emulator: ArmEmulator) =>
  cloneResource(emulator, source, name);

/** A running cluster with an update in progress. */
async function updating(emulator: ArmEmulator, name: string) {
  const id = cloneResource(emulator, PAYMENTS, name);
  const update = await armFetch(emulator, 'PUT', aks(id), {
    body: { location: 'westeurope', tags: { step: 'update' } },
  });
  if (update.status !== 200) throw new Error(`update: ${update.status}`);
}

/** managedClusters: every operation the product calls, success and error statuses. */
export const MANAGED_CLUSTER_CASES: ConformanceCase[] = [
  c(
    'ManagedClusters_List',
    200,
    'the first page of a subscription',
    aks(`${sub()}/providers/Microsoft.ContainerService/managedClusters`),
  ),
  c(
    'ManagedClusters_List',
    404,
    'an unknown subscription',
    aks(`${UNKNOWN_SUB}/providers/Microsoft.ContainerService/managedClusters`),
  ),
  c(
    'ManagedClusters_ListByResourceGroup',
    200,
    'a resource group',
    aks(
      `${group(
        'rg-payments-prod',
      )}/providers/Microsoft.ContainerService/managedClusters`,
    ),
  ),
  c(
    'ManagedClusters_ListByResourceGroup',
    404,
    'a missing resource group',
    aks(
      `${group(
        'rg-missing',
      )}/providers/Microsoft.ContainerService/managedClusters`,
    ),
  ),
  ...[
    ['a healthy cluster', PAYMENTS],
    ['an upgrading cluster', CHECKOUT],
    [
      'an out-of-support kubenet cluster',
      cluster('rg-payments-prod', 'aks-legacy-prod'),
    ],
    [
      'an LTS Premium cluster with spot pools',
      cluster('rg-platform-prod', 'aks-platform-lts'),
    ],
    [
      'a cluster with virtual nodes',
      cluster('rg-platform-prod', 'aks-virtualnodes'),
    ],
    ['a stopped cluster', STOPPED],
    ['a failed cluster', cluster('rg-dev', 'aks-dev-failed', DEV)],
    ['a Free tier cluster', cluster('rg-dev', 'aks-dev-free', DEV)],
  ].map(([what, id]) => c('ManagedClusters_Get', 200, what, aks(id))),
  c(
    'ManagedClusters_Get',
    404,
    'a missing cluster',
    aks(cluster('rg-payments-prod', 'missing')),
  ),
  c(
    'ManagedClusters_Get',
    404,
    'a missing resource group',
    aks(cluster('rg-missing', 'missing')),
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    201,
    'a new cluster',
    aks(cluster('rg-payments-prod', 'aks-conf-new')),
    { body: NEW_CLUSTER },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    200,
    'the GET body sent back with a new tag',
    aks(cluster('rg-payments-prod', 'aks-conf-update')),
    {
      setup: copyOf(PAYMENTS, 'aks-conf-update'),
      makeBody: emulator => {
        const body = emulator.admin.getResource(
          cluster('rg-payments-prod', 'aks-conf-update'),
        );
        return { ...body, tags: { ...body.tags, changed: 'yes' } };
      },
    },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    400,
    'no location',
    aks(cluster('rg-payments-prod', 'aks-conf-bad')),
    { body: { properties: {} } },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    400,
    'a Kubernetes version AKS does not offer',
    aks(cluster('rg-payments-prod', 'aks-conf-bad')),
    {
      body: {
        ...NEW_CLUSTER,
        properties: { ...NEW_CLUSTER.properties, kubernetesVersion: '1.29.0' },
      },
    },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    400,
    'a change to a stopped cluster',
    aks(STOPPED),
    { body: { location: 'northeurope', tags: { a: 'b' } } },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    409,
    'while an upgrade runs',
    aks(CHECKOUT),
    { body: { location: 'westeurope', tags: { a: 'b' } } },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    412,
    'If-None-Match * on an existing cluster',
    aks(PAYMENTS),
    { body: NEW_CLUSTER, headers: { 'If-None-Match': '*' } },
  ),
  c(
    'ManagedClusters_CreateOrUpdate',
    412,
    'If-Match with an eTag the cluster no longer has',
    aks(PAYMENTS),
    {
      body: { location: 'westeurope', tags: { a: 'b' } },
      headers: { 'If-Match': '"0000000000000000"' },
    },
  ),
  c(
    'ManagedClusters_UpdateTags',
    200,
    'new tags',
    aks(cluster('rg-payments-prod', 'aks-conf-tags')),
    { body: { tags: { a: 'b' } }, setup: copyOf(PAYMENTS, 'aks-conf-tags') },
  ),
  c('ManagedClusters_UpdateTags', 409, 'while an upgrade runs', aks(CHECKOUT), {
    body: { tags: { a: 'b' } },
  }),
  c(
    'ManagedClusters_UpdateTags',
    404,
    'a missing cluster',
    aks(cluster('rg-payments-prod', 'missing')),
    { body: { tags: { a: 'b' } } },
  ),
  c(
    'ManagedClusters_Delete',
    202,
    'an existing cluster',
    aks(cluster('rg-payments-prod', 'aks-conf-delete')),
    { setup: copyOf(PAYMENTS, 'aks-conf-delete') },
  ),
  c(
    'ManagedClusters_Delete',
    204,
    'a cluster that does not exist',
    aks(cluster('rg-payments-prod', 'never-was')),
  ),
  c(
    'ManagedClusters_Delete',
    404,
    'a missing resource group',
    aks(cluster('rg-missing', 'never-was')),
  ),
  c(
    'ManagedClusters_Start',
    202,
    'a stopped cluster',
    aks(`${cluster('rg-dev', 'aks-conf-start', DEV)}/start`),
    { setup: copyOf(STOPPED, 'aks-conf-start') },
  ),
  c(
    'ManagedClusters_Start',
    204,
    'a running cluster',
    aks(`${PAYMENTS}/start`),
  ),
  c(
    'ManagedClusters_Start',
    404,
    'a missing cluster',
    aks(`${cluster('rg-payments-prod', 'missing')}/start`),
  ),
  c(
    'ManagedClusters_Stop',
    202,
    'a running cluster',
    aks(`${cluster('rg-payments-prod', 'aks-conf-stop')}/stop`),
    { setup: copyOf(PAYMENTS, 'aks-conf-stop') },
  ),
  c('ManagedClusters_Stop', 204, 'a stopped cluster', aks(`${STOPPED}/stop`)),
  c(
    'ManagedClusters_Stop',
    409,
    'while an upgrade runs',
    aks(`${CHECKOUT}/stop`),
  ),
  c(
    'ManagedClusters_AbortLatestOperation',
    202,
    'a running update',
    aks(`${cluster('rg-payments-prod', 'aks-conf-abort')}/abort`),
    { setup: emulator => updating(emulator, 'aks-conf-abort') },
  ),
  c(
    'ManagedClusters_AbortLatestOperation',
    409,
    'nothing running',
    aks(`${PAYMENTS}/abort`),
  ),
  c(
    'ManagedClusters_AbortLatestOperation',
    404,
    'a missing cluster',
    aks(`${cluster('rg-payments-prod', 'missing')}/abort`),
  ),
  c(
    'ManagedClusters_ListClusterUserCredentials',
    200,
    'a running cluster',
    aks(`${PAYMENTS}/listClusterUserCredential`),
  ),
  c(
    'ManagedClusters_ListClusterUserCredentials',
    404,
    'a missing cluster',
    aks(`${cluster('rg-payments-prod', 'missing')}/listClusterUserCredential`),
  ),
  c(
    'ManagedClusters_GetUpgradeProfile',
    200,
    'an out-of-support cluster',
    aks(
      `${cluster(
        'rg-payments-prod',
        'aks-legacy-prod',
      )}/upgradeProfiles/default`,
    ),
  ),
  c(
    'ManagedClusters_GetUpgradeProfile',
    200,
    'an LTS cluster',
    aks(
      `${cluster(
        'rg-platform-prod',
        'aks-platform-lts',
      )}/upgradeProfiles/default`,
    ),
  ),
  c(
    'ManagedClusters_GetUpgradeProfile',
    404,
    'a missing cluster',
    aks(`${cluster('rg-payments-prod', 'missing')}/upgradeProfiles/default`),
  ),
  c(
    'ManagedClusters_ListKubernetesVersions',
    200,
    'a location',
    aks(
      `${sub()}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`,
    ),
  ),
  c(
    'ManagedClusters_ListKubernetesVersions',
    404,
    'an unknown subscription',
    aks(
      `${UNKNOWN_SUB}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`,
    ),
  ),
];
