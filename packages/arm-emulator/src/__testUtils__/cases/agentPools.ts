import type { ArmEmulator } from '../../types';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, cloneResource, cluster, DEV, pool } from '../demo';

const LTS = cluster('rg-platform-prod', 'aks-platform-lts');
const CHECKOUT = cluster('rg-payments-prod', 'aks-checkout-prod');
const aks = (path: string) => api(path, 'aks');
/** A copy of the LTS cluster (four pools) that a case may change. */
const ltsCopy = (name: string) => (emulator: ArmEmulator) =>
  cloneResource(emulator, LTS, name);
const inCopy = (name: string, poolName: string) =>
  aks(pool('rg-platform-prod', name, poolName));

/** agentPools: every operation the product calls, success and error statuses. */
export const AGENT_POOL_CASES: ConformanceCase[] = [
  c(
    'AgentPools_List',
    200,
    'the first page of four pools',
    aks(`${LTS}/agentPools`),
  ),
  c(
    'AgentPools_List',
    404,
    'a missing cluster',
    aks(`${cluster('rg-platform-prod', 'missing')}/agentPools`),
  ),
  ...[
    ['a spot pool', 'spot'],
    ['an autoscaled pool at its maximum', 'batch'],
    ['a pool with an old node image', 'legacyapps'],
  ].map(([what, name]) =>
    c('AgentPools_Get', 200, what, aks(`${LTS}/agentPools/${name}`)),
  ),
  c(
    'AgentPools_Get',
    200,
    'a pool of a stopped cluster',
    aks(`${cluster('rg-dev', 'aks-dev-stopped', DEV)}/agentPools/system`),
  ),
  c('AgentPools_Get', 404, 'a missing pool', aks(`${LTS}/agentPools/missing`)),
  c(
    'AgentPools_CreateOrUpdate',
    201,
    'a new user pool',
    inCopy('aks-conf-pool-new', 'extra'),
    {
      body: { properties: { count: 1, vmSize: 'Standard_D2ds_v5' } },
      setup: ltsCopy('aks-conf-pool-new'),
    },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    200,
    'a scaled pool',
    inCopy('aks-conf-pool-scale', 'legacyapps'),
    {
      body: { properties: { count: 3 } },
      setup: ltsCopy('aks-conf-pool-scale'),
    },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    400,
    'a count above the autoscaler maximum',
    aks(`${LTS}/agentPools/batch`),
    { body: { properties: { count: 99 } } },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    400,
    'a version above the control plane',
    aks(`${LTS}/agentPools/legacyapps`),
    { body: { properties: { orchestratorVersion: '1.35.2' } } },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    409,
    'while the cluster upgrades',
    aks(`${CHECKOUT}/agentPools/web`),
    { body: { properties: { count: 7 } } },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    412,
    'If-Match with an eTag the pool no longer has',
    inCopy('aks-conf-pool-etag', 'legacyapps'),
    {
      body: { properties: { count: 3 } },
      headers: { 'If-Match': '"0000000000000000"' },
      setup: ltsCopy('aks-conf-pool-etag'),
    },
  ),
  c(
    'AgentPools_CreateOrUpdate',
    404,
    'a missing cluster',
    aks(pool('rg-platform-prod', 'missing', 'extra')),
    { body: { properties: { count: 1 } } },
  ),
  c(
    'AgentPools_Delete',
    202,
    'a user pool',
    inCopy('aks-conf-pool-delete', 'batch'),
    { setup: ltsCopy('aks-conf-pool-delete') },
  ),
  c(
    'AgentPools_Delete',
    204,
    'a pool that does not exist',
    aks(`${LTS}/agentPools/nothere`),
  ),
  c(
    'AgentPools_Delete',
    400,
    'the only System pool',
    aks(pool('rg-payments-prod', 'aks-payments-prod', 'system')),
  ),
  c(
    'AgentPools_GetUpgradeProfile',
    200,
    'a pool behind the control plane',
    aks(`${LTS}/agentPools/legacyapps/upgradeProfiles/default`),
  ),
  c(
    'AgentPools_GetUpgradeProfile',
    404,
    'a missing pool',
    aks(`${LTS}/agentPools/missing/upgradeProfiles/default`),
  ),
  c(
    'AgentPools_UpgradeNodeImageVersion',
    202,
    'a pool with an old node image',
    aks(
      `${pool(
        'rg-platform-prod',
        'aks-conf-node-image',
        'legacyapps',
      )}/upgradeNodeImageVersion`,
    ),
    { setup: ltsCopy('aks-conf-node-image') },
  ),
  c(
    'AgentPools_UpgradeNodeImageVersion',
    200,
    'a pool already on the latest image',
    aks(`${LTS}/agentPools/spot/upgradeNodeImageVersion`),
  ),
  c(
    'AgentPools_UpgradeNodeImageVersion',
    409,
    'while the cluster upgrades',
    aks(`${CHECKOUT}/agentPools/web/upgradeNodeImageVersion`),
  ),
  c(
    'AgentPools_UpgradeNodeImageVersion',
    404,
    'a missing pool',
    aks(`${LTS}/agentPools/missing/upgradeNodeImageVersion`),
  ),
];
