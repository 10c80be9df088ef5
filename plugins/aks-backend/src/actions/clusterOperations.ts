import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  aksOperationActionsPermission,
  isValidAgentPoolName,
  isValidKubernetesVersion,
} from '@aks-backstage/plugin-aks-common';
import { checkScaleRequest } from '../validation/scaleRequest';
import { OperationRequest } from '../operations/OperationService';
import {
  AksActionServices,
  clusterInput,
  operationSchema,
  parseClusterInput,
  Zod,
} from './schemas';

const PERMISSION =
  'Needs aks.cluster.operate on the entity given, or for every cluster; audited. Listed only for callers with aks.actions.operate.';
const FOLLOW = 'Returns the operation at once; follow it with get-operation.';

const operationOutput = (z: Zod) => z.object({ operation: operationSchema(z) });

/**
 * `start-cluster`, `stop-cluster`, `upgrade-cluster` and `scale-node-pool`:
 * the REST API's operations, with the same permission check and audit event.
 */
export function registerClusterOperations(
  registry: ActionsRegistryService,
  { access }: AksActionServices,
) {
  /** Registers an action that changes a cluster: hidden from callers who may not use it. */
  const registerOperation: ActionsRegistryService['register'] = options =>
    registry.register({
      ...options,
      visibilityPermission: aksOperationActionsPermission,
    });

  /**
   * Starts an operation on the cluster the input names, as the REST API does.
   * The request is made once the cluster input has been parsed, so that a
   * broken cluster id is what a refusal names first.
   */
  const start = async (
    input: { clusterId: string; entityRef?: string },
    credentials: BackstageCredentials,
    request: () => OperationRequest,
  ) => {
    const { cluster, entityRef } = parseClusterInput(input);
    const operation = await access.startOperation({
      credentials,
      cluster,
      entityRef,
      request: request(),
    });
    return { output: { operation } };
  };

  registerOperation({
    name: 'start-cluster',
    title: 'Start an AKS cluster',
    description: `Starts a stopped AKS cluster: its nodes come back and billing for them resumes. Starting a running cluster changes nothing. ${FOLLOW} ${PERMISSION}`,
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: { input: z => z.object(clusterInput(z)), output: operationOutput },
    action: ({ input, credentials }) =>
      start(input, credentials, () => ({ kind: 'start' })),
  });

  registerOperation({
    name: 'stop-cluster',
    title: 'Stop an AKS cluster',
    description: `Stops an AKS cluster: every workload on it goes down until it is started again; billing for the nodes stops. Stopping a stopped cluster changes nothing. ${FOLLOW} ${PERMISSION}`,
    attributes: { readOnly: false, destructive: true, idempotent: true },
    schema: { input: z => z.object(clusterInput(z)), output: operationOutput },
    action: ({ input, credentials }) =>
      start(input, credentials, () => ({ kind: 'stop' })),
  });

  registerOperation({
    name: 'upgrade-cluster',
    title: 'Upgrade an AKS cluster',
    description: `Upgrades the Kubernetes version of an AKS cluster's control plane and, unless controlPlaneOnly, of its node pools, whose nodes are drained and replaced one by one. Only versions get-cluster-upgrades lists are accepted; there is no way back to an older version. An upgrade whose get-upgrade-readiness has blocking findings is refused, listing them, unless confirmFindings is true. ${FOLLOW} ${PERMISSION}`,
    attributes: { readOnly: false, destructive: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...clusterInput(z),
          kubernetesVersion: z
            .string()
            .max(20)
            .refine(
              isValidKubernetesVersion,
              'expected major.minor or major.minor.patch',
            )
            .describe('The version to upgrade to, e.g. 1.34.5'),
          controlPlaneOnly: z
            .boolean()
            .optional()
            .describe('Upgrade the control plane only, not the node pools'),
          confirmFindings: z
            .boolean()
            .optional()
            .describe(
              'Upgrade even though get-upgrade-readiness has blocking findings',
            ),
        }),
      output: operationOutput,
    },
    action: ({ input, credentials }) =>
      start(input, credentials, () => ({
        kind: 'upgradeControlPlane',
        kubernetesVersion: input.kubernetesVersion,
        controlPlaneOnly: input.controlPlaneOnly,
        confirmFindings: input.confirmFindings,
      })),
  });

  registerOperation({
    name: 'scale-node-pool',
    title: 'Scale an AKS node pool',
    description: `Sets the node count of one node pool of an AKS cluster, or, for an autoscaled pool, its minCount and maxCount. Scaling down removes nodes and moves their pods. ${FOLLOW} ${PERMISSION}`,
    attributes: { readOnly: false, destructive: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...clusterInput(z),
          nodePool: z
            .string()
            .max(12)
            .refine(
              name => isValidAgentPoolName(name),
              'expected a node pool name: lowercase letters and digits, starting with a letter',
            ),
          count: z.number().int().min(0).max(1000).optional(),
          minCount: z.number().int().min(0).max(1000).optional(),
          maxCount: z.number().int().min(0).max(1000).optional(),
        }),
      output: operationOutput,
    },
    action: ({ input, credentials }) =>
      start(input, credentials, () => {
        const { nodePool, count, minCount, maxCount } = input;
        checkScaleRequest({ count, minCount, maxCount });
        return { kind: 'scaleNodePool', nodePool, count, minCount, maxCount };
      }),
  });
}
