import { DEMO_IDS } from '../seeds/demoIds';
import { AKS_SPEC_API_VERSION } from '../handlers/containerService/aksApiVersions';
import { ACR_SPEC_API_VERSION } from '../handlers/containerRegistry/acrApiVersions';
import { ACI_SPEC_API_VERSION } from '../handlers/containerInstance/aciApiVersions';
import { AUTHORIZATION_SPEC_API_VERSION } from '../handlers/authorization/authorizationApiVersions';
import { RESOURCES_SPEC_API_VERSION } from '../handlers/resources/resourcesApiVersions';
import type { ArmEmulator } from '../types';

/** Paths and api-versions on the demo seed, for raw requests in tests. */
export const PROD = DEMO_IDS.productionSubscriptionId;
export const DEV = DEMO_IDS.developmentSubscriptionId;

/** The api-versions tests send: those of the specs the emulator holds, where it holds one. */
export const API_VERSIONS = {
  aks: AKS_SPEC_API_VERSION,
  acr: ACR_SPEC_API_VERSION,
  aci: ACI_SPEC_API_VERSION,
  authorization: AUTHORIZATION_SPEC_API_VERSION,
  roleDefinitions: AUTHORIZATION_SPEC_API_VERSION,
  resourceList: RESOURCES_SPEC_API_VERSION,
  orchestrators: '2019-04-01',
  resources: '2025-04-01',
  subscriptions: '2022-12-01',
  compute: '2021-07-01',
  msi: '2024-11-30',
  msiLatest: '2026-05-31',
  extensions: '2023-05-01',
  extensionsLatest: '2025-03-01',
  flux: '2023-05-01',
  fluxLatest: '2025-04-01',
} as const;

export type ApiKey = keyof typeof API_VERSIONS;

export const sub = (subscriptionId: string = PROD) =>
  `/subscriptions/${subscriptionId}`;
export const group = (name: string, subscriptionId: string = PROD) =>
  `${sub(subscriptionId)}/resourceGroups/${name}`;
export const cluster = (rg: string, name: string, subscriptionId?: string) =>
  `${group(
    rg,
    subscriptionId,
  )}/providers/Microsoft.ContainerService/managedClusters/${name}`;
export const pool = (rg: string, clusterName: string, name: string) =>
  `${cluster(rg, clusterName)}/agentPools/${name}`;
export const registry = (rg: string, name: string) =>
  `${group(rg)}/providers/Microsoft.ContainerRegistry/registries/${name}`;
export const containerGroup = (rg: string, name: string) =>
  `${group(rg)}/providers/Microsoft.ContainerInstance/containerGroups/${name}`;
export const userAssignedIdentity = (rg: string, name: string) =>
  `${group(
    rg,
  )}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
export const federatedCredential = (rg: string, identity: string, name = '') =>
  `${userAssignedIdentity(rg, identity)}/federatedIdentityCredentials${
    name ? `/${name}` : ''
  }`;
export const roleAssignment = (scope: string, name: string) =>
  `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;

/** A path with its api-version query parameter. */
export function api(path: string, key: ApiKey): string {
  return `${path}${path.includes('?') ? '&' : '?'}api-version=${
    API_VERSIONS[key]
  }`;
}

export const ACR_PULL = `${sub()}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`;
export const READER = `${sub()}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;

/** A new cluster body as a client sends it. */
export const NEW_CLUSTER = {
  location: 'westeurope',
  properties: {
    dnsPrefix: 'conformance',
    agentPoolProfiles: [
      { name: 'system', mode: 'System', count: 1, vmSize: 'Standard_D2ds_v5' },
    ],
  },
};

/** A federated credential body as a client sends it: the service account's subject, trusted from an issuer. */
export const newFederatedCredential = (
  subject: string,
  issuer = 'https://westeurope.oic.prod-aks.azure.com/5b6c7d8e-0000-4000-8000-00000000000a/0f4c1c8e-0000-4000-8000-000000000001/',
) => ({
  properties: { issuer, subject, audiences: ['api://AzureADTokenExchange'] },
});

/** A new container group body as a client sends it. */
export const NEW_CONTAINER_GROUP = {
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
};

/**
 * Stores a copy of a seeded resource under another name (clusters with
 * their pools), so a test can change it without touching what others read.
 */
export function cloneResource(
  emulator: ArmEmulator,
  sourceId: string,
  newName: string,
  change: (body: any) => void = () => {},
): string {
  const body = emulator.admin.getResource(sourceId);
  if (!body) throw new Error(`No resource ${sourceId} to copy`);
  change(body);
  const id = `${sourceId.split('/').slice(0, -1).join('/')}/${newName}`;
  emulator.admin.putResource(id, body);
  return id;
}
