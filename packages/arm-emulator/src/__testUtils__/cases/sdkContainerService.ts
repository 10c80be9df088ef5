import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { api, cloneResource, cluster } from '../demo';
import { FAST_POLL, type SdkClients } from '../sdkSetup';

/** One operation round-tripped by the SDK method the product calls, and what that method returns. */
export interface SdkRoundTrip {
  operation: string;
  /** Client and method, e.g. `ContainerServiceClient.managedClusters.get`. */
  method: string;
  setup?: (emulator: ArmEmulator) => unknown;
  call: (clients: SdkClients) => Promise<unknown>;
  returns: unknown;
}

const RG = 'rg-payments-prod';
const PAYMENTS = cluster(RG, 'aks-payments-prod');
const LTS = cluster('rg-platform-prod', 'aks-platform-lts');
const copy =
  (source: string, name: string, change?: (body: any) => void) =>
  (emulator: ArmEmulator) =>
    cloneResource(emulator, source, name, change);
const stopped = (body: any) => {
  body.properties.powerState = { code: 'Stopped' };
  for (const p of body.properties.agentPoolProfiles)
    p.powerState = { code: 'Stopped' };
};
async function names(pages: AsyncIterable<{ name?: string }>) {
  const found: string[] = [];
  for await (const item of pages) found.push(item.name!);
  return found.sort();
}
const method = (m: string) => `ContainerServiceClient.${m}`;

/** @azure/arm-containerservice round trips, one per operation the product calls. */
export const CONTAINER_SERVICE_ROUND_TRIPS: SdkRoundTrip[] = [
  {
    operation: 'ManagedClusters_List',
    method: method('managedClusters.list'),
    call: c => names(c.aks.managedClusters.list()),
    returns: expect.arrayContaining(['aks-payments-prod', 'aks-virtualnodes']),
  },
  {
    operation: 'ManagedClusters_ListByResourceGroup',
    method: method('managedClusters.listByResourceGroup'),
    call: c => names(c.aks.managedClusters.listByResourceGroup(RG)),
    returns: expect.arrayContaining(['aks-checkout-prod', 'aks-legacy-prod']),
  },
  {
    operation: 'ManagedClusters_Get',
    method: method('managedClusters.get'),
    call: c =>
      c.aks.managedClusters.get(RG, 'aks-payments-prod').then(r => r.fqdn),
    returns: expect.stringMatching(/\.hcp\.westeurope\.azmk8s\.io$/),
  },
  {
    operation: 'ManagedClusters_CreateOrUpdate',
    method: method('managedClusters.createOrUpdate'),
    call: async c =>
      (
        await c.aks.managedClusters.createOrUpdate(
          RG,
          'aks-sdk-new',
          {
            location: 'westeurope',
            dnsPrefix: 'aks-sdk-new',
            agentPoolProfiles: [{ name: 'system', mode: 'System', count: 1 }],
          },
          FAST_POLL,
        )
      ).provisioningState,
    returns: 'Succeeded',
  },
  {
    operation: 'ManagedClusters_UpdateTags',
    method: method('managedClusters.updateTags'),
    setup: copy(PAYMENTS, 'aks-sdk-tags'),
    call: async c =>
      (
        await c.aks.managedClusters.updateTags(
          RG,
          'aks-sdk-tags',
          { tags: { owner: 'sdk' } },
          FAST_POLL,
        )
      ).tags,
    returns: { owner: 'sdk' },
  },
  {
    operation: 'ManagedClusters_Delete',
    method: method('managedClusters.delete'),
    setup: copy(PAYMENTS, 'aks-sdk-delete'),
    call: async c =>
      c.aks.managedClusters.delete(RG, 'aks-sdk-delete', FAST_POLL),
    returns: undefined,
  },
  {
    operation: 'ManagedClusters_Start',
    method: method('managedClusters.start'),
    setup: copy(PAYMENTS, 'aks-sdk-start', stopped),
    call: async c => {
      await c.aks.managedClusters.start(RG, 'aks-sdk-start', FAST_POLL);
      return (await c.aks.managedClusters.get(RG, 'aks-sdk-start')).powerState;
    },
    returns: { code: 'Running' },
  },
  {
    operation: 'ManagedClusters_Stop',
    method: method('managedClusters.stop'),
    setup: copy(PAYMENTS, 'aks-sdk-stop'),
    call: async c => {
      await c.aks.managedClusters.stop(RG, 'aks-sdk-stop', FAST_POLL);
      return (await c.aks.managedClusters.get(RG, 'aks-sdk-stop')).powerState;
    },
    returns: { code: 'Stopped' },
  },
  {
    operation: 'ManagedClusters_AbortLatestOperation',
    method: method('managedClusters.abortLatestOperation'),
    setup: async emulator => {
      const id = cloneResource(emulator, PAYMENTS, 'aks-sdk-abort');
      await armFetch(emulator, 'PUT', api(id, 'aks'), {
        body: { location: 'westeurope', tags: { step: 'update' } },
      });
    },
    call: async c => {
      await c.aks.managedClusters.abortLatestOperation(
        RG,
        'aks-sdk-abort',
        FAST_POLL,
      );
      return (await c.aks.managedClusters.get(RG, 'aks-sdk-abort'))
        .provisioningState;
    },
    returns: 'Canceled',
  },
  {
    operation: 'ManagedClusters_ListClusterUserCredentials',
    method: method('managedClusters.listClusterUserCredentials'),
    call: async c => {
      const { kubeconfigs } =
        await c.aks.managedClusters.listClusterUserCredentials(
          RG,
          'aks-payments-prod',
        );
      const kubeconfig = Buffer.from(kubeconfigs![0].value!).toString();
      return {
        name: kubeconfigs![0].name,
        server: /server: "(.*)"/.exec(kubeconfig)?.[1],
        ca: /certificate-authority-data: (\S+)/.exec(kubeconfig)?.[1],
      };
    },
    returns: {
      name: 'clusterUser',
      server: expect.stringMatching(
        /^https:\/\/aks-payments-prod-[0-9a-f]{8}\.hcp\.westeurope\.azmk8s\.io:443$/,
      ),
      ca: expect.any(String),
    },
  },
  {
    operation: 'ManagedClusters_GetUpgradeProfile',
    method: method('managedClusters.getUpgradeProfile'),
    call: async c =>
      (await c.aks.managedClusters.getUpgradeProfile(RG, 'aks-legacy-prod'))
        .controlPlaneProfile.kubernetesVersion,
    returns: '1.30.14',
  },
  {
    operation: 'ManagedClusters_ListKubernetesVersions',
    method: method('managedClusters.listKubernetesVersions'),
    call: async c =>
      (
        await c.aks.managedClusters.listKubernetesVersions('westeurope')
      ).values?.find(v => v.isDefault)?.version,
    returns: '1.34',
  },
  {
    operation: 'AgentPools_List',
    method: method('agentPools.list'),
    call: c =>
      names(c.aks.agentPools.list('rg-platform-prod', 'aks-platform-lts')),
    returns: ['batch', 'legacyapps', 'spot', 'system'],
  },
  {
    operation: 'AgentPools_Get',
    method: method('agentPools.get'),
    call: async c =>
      (
        await c.aks.agentPools.get(
          'rg-platform-prod',
          'aks-platform-lts',
          'spot',
        )
      ).scaleSetPriority,
    returns: 'Spot',
  },
  {
    operation: 'AgentPools_CreateOrUpdate',
    method: method('agentPools.createOrUpdate'),
    setup: copy(LTS, 'aks-sdk-pool'),
    call: async c =>
      (
        await c.aks.agentPools.createOrUpdate(
          'rg-platform-prod',
          'aks-sdk-pool',
          'extra',
          { count: 1, vmSize: 'Standard_D2ds_v5' },
          FAST_POLL,
        )
      ).provisioningState,
    returns: 'Succeeded',
  },
  {
    operation: 'AgentPools_Delete',
    method: method('agentPools.delete'),
    setup: copy(LTS, 'aks-sdk-pool-delete'),
    call: async c =>
      c.aks.agentPools.delete(
        'rg-platform-prod',
        'aks-sdk-pool-delete',
        'batch',
        FAST_POLL,
      ),
    returns: undefined,
  },
  {
    operation: 'AgentPools_GetUpgradeProfile',
    method: method('agentPools.getUpgradeProfile'),
    call: async c =>
      (
        await c.aks.agentPools.getUpgradeProfile(
          'rg-platform-prod',
          'aks-platform-lts',
          'legacyapps',
        )
      ).latestNodeImageVersion,
    returns: expect.stringMatching(/^AKSUbuntu-/),
  },
  {
    operation: 'AgentPools_UpgradeNodeImageVersion',
    method: method('agentPools.upgradeNodeImageVersion'),
    setup: copy(LTS, 'aks-sdk-node-image'),
    call: async c => {
      await c.aks.agentPools.upgradeNodeImageVersion(
        'rg-platform-prod',
        'aks-sdk-node-image',
        'legacyapps',
        FAST_POLL,
      );
      const pool = await c.aks.agentPools.get(
        'rg-platform-prod',
        'aks-sdk-node-image',
        'legacyapps',
      );
      const profile = await c.aks.agentPools.getUpgradeProfile(
        'rg-platform-prod',
        'aks-sdk-node-image',
        'legacyapps',
      );
      return pool.nodeImageVersion === profile.latestNodeImageVersion;
    },
    returns: true,
  },
  {
    operation: 'MaintenanceConfigurations_ListByManagedCluster',
    method: method('maintenanceConfigurations.listByManagedCluster'),
    call: c =>
      names(
        c.aks.maintenanceConfigurations.listByManagedCluster(
          RG,
          'aks-payments-prod',
        ),
      ),
    returns: [
      'aksManagedAutoUpgradeSchedule',
      'aksManagedNodeOSUpgradeSchedule',
    ],
  },
  {
    operation: 'MaintenanceConfigurations_Get',
    method: method('maintenanceConfigurations.get'),
    call: async c =>
      (
        await c.aks.maintenanceConfigurations.get(
          RG,
          'aks-payments-prod',
          'aksManagedAutoUpgradeSchedule',
        )
      ).maintenanceWindow?.schedule.weekly,
    returns: { intervalWeeks: 1, dayOfWeek: 'Sunday' },
  },
  {
    operation: 'MaintenanceConfigurations_CreateOrUpdate',
    method: method('maintenanceConfigurations.createOrUpdate'),
    setup: copy(PAYMENTS, 'aks-sdk-window'),
    call: async c => {
      const created = await c.aks.maintenanceConfigurations.createOrUpdate(
        RG,
        'aks-sdk-window',
        'aksManagedNodeOSUpgradeSchedule',
        {
          maintenanceWindow: {
            schedule: { daily: { intervalDays: 1 } },
            durationHours: 4,
            utcOffset: '-07:00',
            startTime: '23:30',
          },
        },
      );
      return {
        name: created.name,
        schedule: created.maintenanceWindow?.schedule,
        startDate: created.maintenanceWindow?.startDate instanceof Date,
      };
    },
    returns: {
      name: 'aksManagedNodeOSUpgradeSchedule',
      schedule: { daily: { intervalDays: 1 } },
      startDate: true,
    },
  },
  {
    operation: 'MaintenanceConfigurations_Delete',
    method: method('maintenanceConfigurations.delete'),
    setup: async emulator => {
      const id = cloneResource(emulator, PAYMENTS, 'aks-sdk-window-delete');
      await armFetch(
        emulator,
        'PUT',
        api(`${id}/maintenanceConfigurations/default`, 'aks'),
        {
          body: {
            properties: { timeInWeek: [{ day: 'Sunday', hourSlots: [3] }] },
          },
        },
      );
    },
    call: async c => {
      await c.aks.maintenanceConfigurations.delete(
        RG,
        'aks-sdk-window-delete',
        'default',
      );
      return names(
        c.aks.maintenanceConfigurations.listByManagedCluster(
          RG,
          'aks-sdk-window-delete',
        ),
      );
    },
    returns: [],
  },
];
