import { InputError } from '@backstage/errors';
import {
  AksClusterRef,
  InvalidAksClusterIdError,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import type { z as zod } from 'zod/v3';
import type { ClusterServices } from '../clusters';
import type { ClusterAccess } from '../access/ClusterAccess';
import { parseEntityRefInput } from '../access/entityRefs';
import type { OperationService } from '../operations/OperationService';

/** The zod the actions registry hands to schema factories. */
export type Zod = typeof zod;

/** What the AKS actions use: the same services as the REST API. */
export interface AksActionServices {
  access: ClusterAccess;
  reads: ClusterServices;
  operations: OperationService;
}

/** Input naming one cluster, and optionally the entity that lends its permission. */
export const clusterInput = (z: Zod) => ({
  clusterId: z
    .string()
    .min(1)
    .max(400)
    .describe(
      'The ARM id of the managed cluster: /subscriptions/<subscriptionId>/resourceGroups/<resourceGroup>/providers/Microsoft.ContainerService/managedClusters/<name> (the `id` of list-clusters items).',
    ),
  entityRef: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe(
      'The catalog entity whose cluster this is, e.g. component:default/payments-api. The permission is then checked on that entity, which must name the cluster in its azure.com/aks-cluster-id annotation. Without it, the permission must be granted for every cluster.',
    ),
});

/** The cluster and entity of an input, parsed; an InputError names the bad field. */
export function parseClusterInput(input: {
  clusterId: string;
  entityRef?: string;
}): { cluster: AksClusterRef; entityRef?: string } {
  try {
    return {
      cluster: parseAksClusterId(input.clusterId),
      entityRef: parseEntityRefInput(input.entityRef),
    };
  } catch (error) {
    if (error instanceof InvalidAksClusterIdError) {
      throw new InputError(`Invalid clusterId: ${error.message}`);
    }
    throw error;
  }
}

/** A cluster as the REST API returns it: the fields an agent reads first, the rest passed through. */
export const clusterSchema = (z: Zod) =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      health: z
        .object({ status: z.string(), warnings: z.array(z.any()) })
        .passthrough(),
    })
    .passthrough();

/** A long-running operation as the REST API returns it. */
export const operationSchema = (z: Zod) =>
  z
    .object({
      id: z.string(),
      kind: z.string(),
      status: z.string().describe('InProgress, Succeeded, Failed or Canceled'),
      cluster: z.object({
        subscriptionId: z.string(),
        resourceGroup: z.string(),
        name: z.string(),
      }),
      nodePool: z.string().optional(),
      startedAt: z.string(),
      endedAt: z.string().optional(),
      requestedBy: z.string(),
    })
    .passthrough();
