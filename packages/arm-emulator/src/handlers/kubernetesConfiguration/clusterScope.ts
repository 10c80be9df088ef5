import { ArmError } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { requireResource } from '../arm/resourceLookup';
import { AKS_NAMESPACE, CLUSTER_TYPE } from '../containerService/aksTypes';
import { KUBERNETES_CONFIGURATION_NAMESPACE } from './kubernetesConfigurationTypes';

/**
 * The path of every Kubernetes configuration route up to the provider: the
 * cluster's resource provider, type and name are parameters in the specs.
 */
export const CLUSTER_SCOPE =
  '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{clusterRp}/{clusterResourceName}/{clusterName}';

/** The cluster kinds the specs name, and the one the emulator serves. */
const SERVED = `${AKS_NAMESPACE}/managedClusters`;
const KNOWN_CLUSTER_KINDS = [
  SERVED,
  'Microsoft.Kubernetes/connectedClusters',
  'Microsoft.HybridContainerService/provisionedClusters',
];

/**
 * The managed cluster the path names, or an error: a 400 for a cluster kind
 * other than AKS managed clusters (Arc-connected and provisioned clusters
 * are not emulated), else ARM's 404 for a missing group or cluster.
 */
export function requireManagedCluster(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource {
  const { clusterRp, clusterResourceName } = req.params;
  const kind = `${clusterRp}/${clusterResourceName}`;
  if (kind.toLowerCase() !== SERVED.toLowerCase()) {
    const known = KNOWN_CLUSTER_KINDS.some(
      k => k.toLowerCase() === kind.toLowerCase(),
    );
    throw new ArmError(
      400,
      'InvalidParameter',
      known
        ? `${KUBERNETES_CONFIGURATION_NAMESPACE} is emulated on ${SERVED} only; '${kind}' clusters are not.`
        : `The cluster resource provider and type '${kind}' are invalid. Use clusterRp '${AKS_NAMESPACE}' and clusterResourceName 'managedClusters'.`,
      known ? 'clusterResourceName' : 'clusterRp',
    );
  }
  return requireResource(
    { ...req, params: { ...req.params, resourceName: req.params.clusterName } },
    ctx,
    CLUSTER_TYPE,
    'resourceName',
  );
}
