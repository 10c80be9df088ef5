import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { aksClusterReadPermission } from '@aks-backstage/plugin-aks-common';
import { parseEntityRefInput } from '../access/entityRefs';
import { AksActionServices, operationSchema } from './schemas';

/** `get-operation`: how an operation started here is going, as `GET /operations/{id}`. */
export function registerGetOperation(
  registry: ActionsRegistryService,
  { access, operations }: AksActionServices,
) {
  registry.register({
    name: 'get-operation',
    title: 'Get an AKS operation',
    description:
      "Returns a long-running operation started by start-cluster, stop-cluster, upgrade-cluster or scale-node-pool: its status (InProgress, Succeeded, Failed or Canceled), when it started and ended, and Azure's error when it failed. Call it again until the status is no longer InProgress. Needs aks.cluster.read on the entity given, or for every cluster.",
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          operationId: z
            .string()
            .uuid()
            .describe('The id an operation action returned'),
          entityRef: z.string().min(1).max(300).optional(),
        }),
      output: z => z.object({ operation: operationSchema(z) }),
    },
    action: async ({ input, credentials }) => {
      const entityRef = parseEntityRefInput(input.entityRef);
      await access.authorize(aksClusterReadPermission, credentials, entityRef);
      const operation = await operations.get(input.operationId);
      await access.requireOperationOfEntity(operation, credentials, entityRef);
      return { output: { operation } };
    },
  });
}
