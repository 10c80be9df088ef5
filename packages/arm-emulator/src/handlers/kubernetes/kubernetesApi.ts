import type { EmulatorContext } from '../../emulatorContext';
import type { ArmResponse } from '../armRequest';
import type { Principal } from '../../persistence/principalStore';
import { bearerToken } from '../../authentication/bearerToken';
import { resourceId } from '../../util/ids';
import { CLUSTER_TYPE } from '../containerService/aksTypes';
import { discovery, versionInfo } from './discovery';
import { ok, status } from './kubernetesStatus';
import { serveResources } from './resourceReads';
import { isAllowed } from '../../authentication/authorization';
import { SYSTEM_WORKLOADS } from './systemWorkloads';
import { apiServerMetrics, PROMETHEUS_TEXT } from './apiServerMetrics';

/**
 * Where the API server of each emulated cluster is served, below the
 * emulator's URL. Not part of Azure Resource Manager: AKS serves the
 * Kubernetes API at each cluster's own FQDN.
 */
export const KUBERNETES_PREFIX = '/kubernetes';

/** The AKS Microsoft Entra server application, the audience of cluster tokens. */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

/** A matched request to a cluster's API server. */
export interface KubernetesRoute {
  operation: string;
  handle(
    ctx: EmulatorContext,
    authorization: string | undefined,
    query: URLSearchParams,
  ): ArmResponse;
}

function authenticate(
  ctx: EmulatorContext,
  authorization: string | undefined,
): Principal | undefined {
  const token = bearerToken(authorization);
  if (!token) return undefined;
  const result = ctx.tokens.verify(token);
  if ('problem' in result) return undefined;
  if (result.claims.aud.replace(/\/$/, '') !== AKS_SERVER_APP_ID)
    return undefined;
  return ctx.principals.get(result.claims.appid);
}

/**
 * Matches `/kubernetes/{subscriptionId}/{resourceGroup}/{cluster}/...`: the
 * read-only API server of one emulated cluster, for Microsoft Entra bearer
 * tokens of the AKS server application.
 */
export function resolveKubernetesRoute(
  method: string,
  path: string,
  baseUrl: string,
): KubernetesRoute | undefined {
  const segments = path.split('/').filter(Boolean);
  if (`/${segments[0]}` !== KUBERNETES_PREFIX || segments.length < 4)
    return undefined;
  const [, subscriptionId, resourceGroup, name, ...rest] = segments;
  const clusterId = resourceId(
    subscriptionId,
    resourceGroup,
    CLUSTER_TYPE,
    name,
  );
  const isDiscovery =
    rest.length <= 1 ||
    rest[0] === 'version' ||
    (rest[0] === 'apis' && rest.length <= 3) ||
    (rest[0] === 'api' && rest.length <= 2);
  let operation = isDiscovery ? 'Kubernetes_Discovery' : 'Kubernetes_Read';
  if (rest[0] === 'version') operation = 'Kubernetes_Version';
  const isMetrics = rest[0] === 'metrics' && rest.length === 1;
  if (isMetrics) operation = 'Kubernetes_Metrics';
  return {
    operation,
    handle(ctx, authorization, query) {
      const cluster = ctx.store.get(clusterId);
      if (!cluster || cluster.type !== CLUSTER_TYPE) {
        return status(404, 'NotFound', `no managed cluster ${clusterId}`);
      }
      if (cluster.body.properties.powerState?.code === 'Stopped') {
        return status(
          503,
          'ServiceUnavailable',
          `managed cluster ${name} is stopped: its API server is not running`,
        );
      }
      const principal = authenticate(ctx, authorization);
      if (!principal) return status(401, 'Unauthorized', 'Unauthorized');
      if (method !== 'GET') {
        return status(
          405,
          'MethodNotAllowed',
          `the emulated API server is read-only: ${method} is not allowed`,
        );
      }
      if (rest[0] === 'version' && rest.length === 1) {
        return ok(
          versionInfo(cluster.body.properties.currentKubernetesVersion),
        );
      }
      if (isMetrics) {
        const action =
          'Microsoft.ContainerService/managedClusters/metrics/read';
        if (
          !isAllowed(ctx, principal, cluster.subscriptionId, cluster.id, action)
        ) {
          return status(
            403,
            'Forbidden',
            `forbidden: User "${principal.objectId}" cannot get path "/metrics"`,
          );
        }
        return {
          status: 200,
          text: apiServerMetrics(
            cluster.body.properties.currentKubernetesVersion,
            [...SYSTEM_WORKLOADS, ...ctx.workloads.of(cluster.id)],
          ),
          headers: { 'Content-Type': PROMETHEUS_TEXT },
        };
      }
      const served = discovery(rest, baseUrl);
      if (served) return served;
      if (rest[0] === 'api' && rest[1] === 'v1' && rest.length > 2) {
        return serveResources(
          ctx,
          cluster,
          principal,
          '',
          'v1',
          rest.slice(2),
          query,
        );
      }
      if (rest[0] === 'apis' && rest.length > 3) {
        return serveResources(
          ctx,
          cluster,
          principal,
          rest[1],
          rest[2],
          rest.slice(3),
          query,
        );
      }
      return status(
        404,
        'NotFound',
        'the server could not find the requested resource',
      );
    },
  };
}
