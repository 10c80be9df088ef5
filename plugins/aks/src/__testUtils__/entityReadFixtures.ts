import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type {
  ClusterGitOps,
  ClusterWorkloadIdentities,
  EntityGitOps,
  EntityWorkloadIdentities,
  FederatedCredential,
  FederatedIdentity,
  FluxConfiguration,
  HealthWarning,
} from '@aks-backstage/plugin-aks-common';
import { clusterId, ENTITY_REF, SUBSCRIPTION } from './fixtures';
import { aksUrl } from './mswServer';

export const REPOSITORY = 'https://github.com/contoso/payments-api';
export const ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/00000000-0000-4000-8000-0000000000aa/11111111-0000-4000-8000-0000000000bb/';

const HOUR = 3_600_000;
/** A moment `hours` before now. */
export const hoursAgo = (hours: number) =>
  new Date(Date.now() - hours * HOUR).toISOString();

export function fluxConfiguration(
  overrides: Partial<FluxConfiguration> = {},
): FluxConfiguration {
  const name = overrides.name ?? 'payments-api';
  return {
    id: `${clusterId(
      'aks-payments-prod',
    )}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${name}`,
    name,
    namespace: 'payments',
    scope: 'namespace',
    url: `${REPOSITORY}.git`,
    branch: 'main',
    kustomizations: [{ name: 'app', path: './deploy/prod' }],
    syncIntervalInSeconds: 600,
    complianceState: 'Compliant',
    provisioningState: 'Succeeded',
    lastAppliedRevision: 'main@sha1:4f2b9c1d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c',
    lastAppliedAt: hoursAgo(2),
    statusUpdatedAt: hoursAgo(1),
    warnings: [],
    ...overrides,
  };
}

export function fluxNotCompliant(
  overrides: Partial<HealthWarning> = {},
): HealthWarning {
  return {
    code: 'FluxNotCompliant',
    severity: 'error',
    title: 'Flux configuration payments-api is not compliant',
    message: 'The cluster has not applied payments-api for 2 hours.',
    remedy: 'Fix the path or run `flux reconcile kustomization app`.',
    docsUrl:
      'https://learn.microsoft.com/azure/azure-arc/kubernetes/conceptual-gitops-flux2',
    ...overrides,
  };
}

export function clusterGitOps(
  overrides: Partial<ClusterGitOps> = {},
): ClusterGitOps {
  return {
    clusterId: clusterId('aks-payments-prod'),
    clusterName: 'aks-payments-prod',
    fluxInstalled: true,
    configurations: [fluxConfiguration()],
    ...overrides,
  };
}

/** The entity's GitOps; `null` for an entity that names no repository. */
export function entityGitOps(
  items: ClusterGitOps[] = [clusterGitOps()],
  repositoryUrl: string | null = REPOSITORY,
): EntityGitOps {
  return {
    entityRef: ENTITY_REF,
    ...(repositoryUrl !== null && { repositoryUrl }),
    items,
  };
}

export function credential(
  overrides: Partial<FederatedCredential> = {},
): FederatedCredential {
  return {
    name: 'payments-api-aks-payments-prod',
    issuer: ISSUER,
    subject: 'system:serviceaccount:payments:payments-api',
    serviceAccount: 'payments-api',
    audiences: ['api://AzureADTokenExchange'],
    issuerMatches: true,
    ...overrides,
  };
}

export function federatedIdentity(
  overrides: Partial<FederatedIdentity> = {},
): FederatedIdentity {
  const name = overrides.name ?? 'id-payments-api';
  return {
    id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-payments-prod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`,
    name,
    resourceGroup: 'rg-payments-prod',
    location: 'westeurope',
    clientId: '9a8b7c6d-0000-4000-8000-00000000c1d0',
    principalId: '1b2c3d4e-0000-4000-8000-00000000e1f0',
    federatedCredentials: [credential()],
    roleAssignments: [
      {
        id: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleAssignments/0f0e0d0c-0000-4000-8000-000000000001`,
        roleDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`,
        roleName: 'AcrPull',
        scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acrcontoso`,
      },
    ],
    warnings: [],
    ...overrides,
  };
}

export function clusterIdentities(
  overrides: Partial<ClusterWorkloadIdentities> = {},
): ClusterWorkloadIdentities {
  return {
    clusterId: clusterId('aks-payments-prod'),
    clusterName: 'aks-payments-prod',
    workloadIdentity: {
      workloadIdentityEnabled: true,
      oidcIssuerEnabled: true,
      oidcIssuerUrl: ISSUER,
    },
    identities: [federatedIdentity()],
    warnings: [],
    ...overrides,
  };
}

export function entityIdentities(
  items: ClusterWorkloadIdentities[] = [clusterIdentities()],
): EntityWorkloadIdentities {
  return { entityRef: ENTITY_REF, namespace: 'payments', items };
}

type Answer<T> = T | (() => Response | Promise<Response>);
const answer = <T>(value: Answer<T>) =>
  typeof value === 'function'
    ? (value as () => Response | Promise<Response>)
    : () => HttpResponse.json(value as object);

const ENTITY_PATH = '/entities/component/default/payments-api';

export interface EntityReadAnswers {
  gitOps?: Answer<EntityGitOps>;
  identities?: Answer<EntityWorkloadIdentities>;
}

/**
 * The GitOps and workload identity reads of payments-api: by default no
 * repository and no identity on aks-payments-prod. Counts the requests.
 */
export function entityReadsBackend(
  server: SetupServer,
  options: EntityReadAnswers = {},
) {
  const calls = { gitOps: 0, identities: 0 };
  const gitOps = answer(
    options.gitOps ??
      entityGitOps([clusterGitOps({ configurations: [] })], null),
  );
  const identities = answer(
    options.identities ??
      entityIdentities([clusterIdentities({ identities: [] })]),
  );
  server.use(
    http.get(aksUrl(`${ENTITY_PATH}/gitops`), () => {
      calls.gitOps += 1;
      return gitOps();
    }),
    http.get(aksUrl(`${ENTITY_PATH}/workload-identities`), () => {
      calls.identities += 1;
      return identities();
    }),
  );
  return calls;
}
