import type { EmulatorContext } from '../emulatorContext';
import { storeRoleAssignment } from '../persistence/roleAssignmentRecords';
import { CLUSTER_TYPE } from '../handlers/containerService/aksTypes';
import { issuerUrl } from '../handlers/containerService/clusterWorkloadIdentity';
import {
  IDENTITY_TYPE,
  storeNewIdentity,
} from '../handlers/managedIdentity/identityModel';
import { REGISTRY_TYPE } from '../handlers/containerRegistry/registryModel';
import { resourceId, roleDefinitionId, stableGuid } from '../util/ids';
import { DEMO_IDS } from './demoIds';

const PROD = DEMO_IDS.productionSubscriptionId;
const RG = 'rg-payments-prod';
const ACR_PULL = '7f951dda-4ed3-4680-a7ca-43fe172d538d';
const AUDIENCE = 'api://AzureADTokenExchange';

function addCredential(
  ctx: EmulatorContext,
  identityId: string,
  name: string,
  properties: { issuer: string; subject: string },
) {
  ctx.store.put(`${identityId}/federatedIdentityCredentials/${name}`, {
    properties: { ...properties, audiences: [AUDIENCE] },
  });
}

/**
 * The workload identities of `payments-api` on aks-payments-prod: the API's,
 * trusted by the cluster's issuer and allowed to pull from the registry, and
 * the worker's, whose credential still names the issuer the cluster had
 * before (a federation that silently stopped working).
 */
export function addDemoWorkloadIdentities(ctx: EmulatorContext) {
  const clusterId = resourceId(PROD, RG, CLUSTER_TYPE, 'aks-payments-prod');
  const cluster = ctx.store.get(clusterId)!;
  const tags = { 'aks-cluster-id': clusterId.toLowerCase() };
  const identity = (name: string) =>
    storeNewIdentity(
      ctx,
      resourceId(PROD, RG, IDENTITY_TYPE, name),
      { location: cluster.body.location, tags },
      true,
    );

  const api = identity('id-payments-api');
  addCredential(ctx, api.id, 'payments-api', {
    issuer: cluster.body.properties.oidcIssuerProfile.issuerURL,
    subject: 'system:serviceaccount:payments-api:payments-api',
  });
  const registry = resourceId(
    PROD,
    'rg-platform-prod',
    REGISTRY_TYPE,
    'acrcontosoprod',
  );
  storeRoleAssignment(ctx.store, registry, stableGuid(`acrpull/${api.id}`), {
    roleDefinitionId: roleDefinitionId(PROD, ACR_PULL),
    principalId: api.body.properties.principalId,
    principalType: 'ServicePrincipal',
  });

  const worker = identity('id-payments-worker');
  addCredential(ctx, worker.id, 'payments-worker', {
    issuer: issuerUrl(
      cluster.body.location,
      ctx.tenantId,
      stableGuid(`${clusterId.toLowerCase()}/previous-oidc-issuer`),
    ),
    subject: 'system:serviceaccount:payments-api:payments-worker',
  });
}
