import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { armFetch } from './__testUtils__/armFetch';
import {
  describeWithSpecs,
  findSpecsDir,
  SPEC_FILES,
  SpecValidator,
} from './__testUtils__/specSchemas';

const specsDir = findSpecsDir();
const describeIfSpecs = describeWithSpecs('spec conformance tests');

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;
const AKS = '2026-06-01';
const ACR = '2025-11-01';
const ACI = '2023-05-01';
const AUTH = '2022-04-01';
const RG = `/subscriptions/${PROD}/resourceGroups/rg-payments-prod`;
const MC = `${RG}/providers/Microsoft.ContainerService/managedClusters`;
const PLATFORM = `/subscriptions/${PROD}/resourceGroups/rg-platform-prod`;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

interface Case {
  file: keyof typeof SPEC_FILES;
  operation: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
}

const newCluster = {
  location: 'westeurope',
  properties: {
    dnsPrefix: 'conf',
    agentPoolProfiles: [
      { name: 'system', mode: 'System', count: 1, vmSize: 'Standard_D2ds_v5' },
    ],
  },
};

/** Ordered: creates before reads before deletes; every covered operation, success and error statuses. */
const CASES: Case[] = [
  {
    file: 'aks',
    operation: 'ManagedClusters_List',
    method: 'GET',
    path: `/subscriptions/${PROD}/providers/Microsoft.ContainerService/managedClusters?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_ListByResourceGroup',
    method: 'GET',
    path: `${MC}?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `${MC}/aks-payments-prod?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `${MC}/aks-checkout-prod?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-virtualnodes?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-failed?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Get',
    method: 'GET',
    path: `${MC}/missing?api-version=${AKS}`,
    status: 404,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_CreateOrUpdate',
    method: 'PUT',
    path: `${MC}/aks-conf?api-version=${AKS}`,
    body: newCluster,
    status: 201,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_CreateOrUpdate',
    method: 'PUT',
    path: `${MC}/aks-conf2?api-version=${AKS}`,
    body: { properties: {} },
    status: 400,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_CreateOrUpdate',
    method: 'PUT',
    path: `${MC}/aks-conf2?api-version=${AKS}`,
    body: {
      ...newCluster,
      properties: { ...newCluster.properties, kubernetesVersion: '1.29.0' },
    },
    status: 400,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_UpdateTags',
    method: 'PATCH',
    path: `${MC}/aks-payments-prod?api-version=${AKS}`,
    body: { tags: { a: 'b' } },
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_GetUpgradeProfile',
    method: 'GET',
    path: `${MC}/aks-legacy-prod/upgradeProfiles/default?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_GetUpgradeProfile',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/upgradeProfiles/default?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_ListKubernetesVersions',
    method: 'GET',
    path: `/subscriptions/${PROD}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Stop',
    method: 'POST',
    path: `${MC}/aks-payments-prod/stop?api-version=${AKS}`,
    status: 202,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Start',
    method: 'POST',
    path: `/subscriptions/${DEV}/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-stopped/start?api-version=${AKS}`,
    status: 202,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Start',
    method: 'POST',
    path: `${MC}/aks-legacy-prod/start?api-version=${AKS}`,
    status: 204,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_AbortLatestOperation',
    method: 'POST',
    path: `${MC}/aks-checkout-prod/abort?api-version=${AKS}`,
    status: 202,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_AbortLatestOperation',
    method: 'POST',
    path: `${MC}/aks-legacy-prod/abort?api-version=${AKS}`,
    status: 409,
  },
  {
    file: 'aks',
    operation: 'AgentPools_List',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'AgentPools_Get',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools/spot?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'AgentPools_CreateOrUpdate',
    method: 'PUT',
    path: `${MC}/aks-legacy-prod/agentPools/extra?api-version=${AKS}`,
    body: { properties: { count: 1, vmSize: 'Standard_D2ds_v5' } },
    status: 201,
  },
  {
    file: 'aks',
    operation: 'AgentPools_CreateOrUpdate',
    method: 'PUT',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools/batch?api-version=${AKS}`,
    body: { properties: { count: 99 } },
    status: 400,
  },
  {
    file: 'aks',
    operation: 'AgentPools_GetUpgradeProfile',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools/legacyapps/upgradeProfiles/default?api-version=${AKS}`,
    status: 200,
  },
  {
    file: 'aks',
    operation: 'AgentPools_UpgradeNodeImageVersion',
    method: 'POST',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-platform-lts/agentPools/legacyapps/upgradeNodeImageVersion?api-version=${AKS}`,
    status: 202,
  },
  {
    file: 'aks',
    operation: 'AgentPools_Delete',
    method: 'DELETE',
    path: `${PLATFORM}/providers/Microsoft.ContainerService/managedClusters/aks-virtualnodes/agentPools/nothere?api-version=${AKS}`,
    status: 204,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Delete',
    method: 'DELETE',
    path: `${MC}/aks-legacy-prod?api-version=${AKS}`,
    status: 202,
  },
  {
    file: 'aks',
    operation: 'ManagedClusters_Delete',
    method: 'DELETE',
    path: `${MC}/never-was?api-version=${AKS}`,
    status: 204,
  },
  {
    file: 'acr',
    operation: 'Registries_CheckNameAvailability',
    method: 'POST',
    path: `/subscriptions/${PROD}/providers/Microsoft.ContainerRegistry/checkNameAvailability?api-version=${ACR}`,
    body: {
      name: 'acrcontosoprod',
      type: 'Microsoft.ContainerRegistry/registries',
    },
    status: 200,
  },
  {
    file: 'acr',
    operation: 'Registries_Create',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.ContainerRegistry/registries/acrconformance?api-version=${ACR}`,
    body: { location: 'westeurope', sku: { name: 'Basic' } },
    status: 201,
  },
  {
    file: 'acr',
    operation: 'Registries_Create',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod?api-version=${ACR}`,
    body: { location: 'westeurope', sku: { name: 'Basic' } },
    status: 409,
  },
  {
    file: 'acr',
    operation: 'Registries_Get',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod?api-version=${ACR}`,
    status: 200,
  },
  {
    file: 'acr',
    operation: 'Registries_List',
    method: 'GET',
    path: `/subscriptions/${PROD}/providers/Microsoft.ContainerRegistry/registries?api-version=${ACR}`,
    status: 200,
  },
  {
    file: 'acr',
    operation: 'Registries_ListByResourceGroup',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerRegistry/registries?api-version=${ACR}`,
    status: 200,
  },
  {
    file: 'acr',
    operation: 'Registries_Delete',
    method: 'DELETE',
    path: `${RG}/providers/Microsoft.ContainerRegistry/registries/nothere1?api-version=${ACR}`,
    status: 204,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_CreateOrUpdate',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.ContainerInstance/containerGroups/cg1?api-version=${ACI}`,
    body: {
      location: 'westeurope',
      properties: {
        osType: 'Linux',
        containers: [
          {
            name: 'web',
            properties: {
              image: 'nginx',
              resources: { requests: { cpu: 1, memoryInGB: 1.5 } },
            },
          },
        ],
      },
    },
    status: 201,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_CreateOrUpdate',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.ContainerInstance/containerGroups/cg2?api-version=${ACI}`,
    body: { location: 'westeurope', properties: { osType: 'Linux' } },
    status: 400,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_Get',
    method: 'GET',
    path: `${RG}/providers/Microsoft.ContainerInstance/containerGroups/cg1?api-version=${ACI}`,
    status: 200,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_List',
    method: 'GET',
    path: `/subscriptions/${PROD}/providers/Microsoft.ContainerInstance/containerGroups?api-version=${ACI}`,
    status: 200,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_ListByResourceGroup',
    method: 'GET',
    path: `${RG}/providers/Microsoft.ContainerInstance/containerGroups?api-version=${ACI}`,
    status: 200,
  },
  {
    file: 'aci',
    operation: 'ContainerGroups_Delete',
    method: 'DELETE',
    path: `${RG}/providers/Microsoft.ContainerInstance/containerGroups/cg1?api-version=${ACI}`,
    status: 200,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_Create',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.Authorization/roleAssignments/4b3c1a52-0000-4000-8000-000000000001?api-version=${AUTH}`,
    body: {
      properties: {
        roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
        principalId: '11111111-2222-4333-8444-555555555555',
      },
    },
    status: 201,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_Create',
    method: 'PUT',
    path: `${RG}/providers/Microsoft.Authorization/roleAssignments/4b3c1a52-0000-4000-8000-000000000002?api-version=${AUTH}`,
    body: {
      properties: {
        roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
        principalId: '11111111-2222-4333-8444-555555555555',
      },
    },
    status: 409,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_Get',
    method: 'GET',
    path: `${RG}/providers/Microsoft.Authorization/roleAssignments/4b3c1a52-0000-4000-8000-000000000001?api-version=${AUTH}`,
    status: 200,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_ListForScope',
    method: 'GET',
    path: `${PLATFORM}/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod/providers/Microsoft.Authorization/roleAssignments?api-version=${AUTH}`,
    status: 200,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_ListForSubscription',
    method: 'GET',
    path: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleAssignments?api-version=${AUTH}`,
    status: 200,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_Delete',
    method: 'DELETE',
    path: `${RG}/providers/Microsoft.Authorization/roleAssignments/4b3c1a52-0000-4000-8000-000000000001?api-version=${AUTH}`,
    status: 200,
  },
  {
    file: 'authorization',
    operation: 'RoleAssignments_Delete',
    method: 'DELETE',
    path: `${RG}/providers/Microsoft.Authorization/roleAssignments/4b3c1a52-0000-4000-8000-000000000001?api-version=${AUTH}`,
    status: 204,
  },
];

describeIfSpecs('responses match the Azure REST API specs', () => {
  let emulator: ArmEmulator;
  let validator: SpecValidator;

  beforeAll(async () => {
    validator = new SpecValidator(specsDir!);
    emulator = await startArmEmulator({ pageSize: 2, lroDurationMs: 30 });
  });
  afterAll(() => emulator.stop());

  it('validates every covered operation, in progress and after LROs complete', async () => {
    const inProgress: Case[] = [];
    for (const c of CASES) {
      const response = await armFetch(emulator, c.method, c.path, {
        body: c.body,
      });
      expect({ operation: c.operation, status: response.status }).toEqual({
        operation: c.operation,
        status: c.status,
      });
      expect(response.headers['x-ms-request-id']).toBeDefined();
      expect(response.headers['x-ms-correlation-request-id']).toBeDefined();
      expect(
        response.headers['x-ms-ratelimit-remaining-subscription-reads'],
      ).toBeDefined();
      validator.validate(
        SPEC_FILES[c.file],
        c.operation,
        response.status,
        response.body,
      );
      if (c.method === 'GET' || response.status === 201) inProgress.push(c);
      if (
        response.status >= 200 &&
        response.status < 300 &&
        response.body?.nextLink
      ) {
        const next = await armFetch(
          emulator,
          'GET',
          response.body.nextLink.slice(emulator.url.length),
        );
        validator.validate(
          SPEC_FILES[c.file],
          c.operation,
          next.status,
          next.body,
        );
      }
    }
    await sleep(100);
    for (const c of inProgress.filter(
      x => x.method === 'GET' && x.status === 200,
    )) {
      const response = await armFetch(emulator, 'GET', c.path);
      validator.validate(
        SPEC_FILES[c.file],
        c.operation,
        response.status,
        response.body,
      );
    }
    expect(validator.validatedCount).toBeGreaterThan(60);
    // eslint-disable-next-line no-console
    console.info(
      `spec conformance: ${validator.validatedCount} responses validated`,
    );
  });
});
