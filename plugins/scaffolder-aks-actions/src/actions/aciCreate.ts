import type { ContainerGroup } from '@azure/arm-containerinstance';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import {
  assertMatches,
  azure,
  differences,
  isCreatedBy,
  outputAll,
  portalUrl,
  readIfExists,
} from '../lib/azure';
import { configuredSubscription } from '../lib/inputs';
import {
  createResourceGroup,
  resourceGroupToCreate,
} from '../lib/resourceGroup';
import { Wait, waitForPoller, waitForResource } from '../lib/waitForOperation';
import { examples } from './aciCreate.examples';
import { containerGroupBody, containerGroupInput } from './aciCreate.input';

/**
 * `azure:aci:create`: runs a container group on Azure Container Instances.
 *
 * @public
 */
export function createAciCreateAction(options: { clients: AzureClients }) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:aci:create',
    description:
      'Runs one container as an Azure Container Instances container group and waits until it is provisioned. A group that exists as asked is adopted; one that differs is refused with the differences',
    examples,
    supportsDryRun: true,
    schema: {
      input: containerGroupInput.schema,
      output: {
        containerGroupId: z => z.string(),
        portalUrl: z => z.string().describe('The group in the Azure portal'),
        ipAddress: z => z.string().optional(),
        fqdn: z => z.string().optional(),
      },
    },
    async handler(ctx) {
      const input = containerGroupInput.parse(ctx.input);
      const subscription = configuredSubscription(
        clients,
        input.subscriptionId,
      );
      const groups = clients.containerInstance(
        input.subscriptionId,
      ).containerGroups;
      const containerGroupId = `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerInstance/containerGroups/${input.name}`;
      const get = () =>
        groups.get(input.resourceGroup, input.name, clients.requestOptions());
      const wait: Wait = {
        what: `Container group ${containerGroupId}`,
        logger: ctx.logger,
        signal: ctx.signal,
        timeoutMinutes: input.timeoutMinutes,
        pollIntervalMs: clients.config.pollIntervalMs,
        subscription,
        read: async () => ({
          provisioningState: (await get()).provisioningState,
        }),
      };
      const outputs = (group?: ContainerGroup) => ({
        containerGroupId,
        portalUrl: portalUrl(containerGroupId),
        ipAddress: group?.ipAddress?.ip ?? null,
        fqdn: group?.ipAddress?.fqdn ?? null,
      });

      const newGroup = await resourceGroupToCreate(
        clients,
        subscription,
        input,
      );
      const existing = newGroup
        ? undefined
        : await readIfExists(subscription, get);
      if (existing && !isCreatedBy(existing.tags, ctx.task.id)) {
        const container = existing.containers[0];
        assertMatches(
          wait.what,
          differences(
            {
              location: input.location,
              image: input.image,
              cpu: input.cpu,
              memoryInGB: input.memoryInGB,
              osType: input.osType,
              ports: input.ports,
              restartPolicy: input.restartPolicy,
            },
            {
              location: existing.location,
              image: container?.image,
              cpu: container?.resources.requests.cpu,
              memoryInGB: container?.resources.requests.memoryInGB,
              osType: existing.osType,
              ports: container?.ports?.map(p => p.port),
              restartPolicy: existing.restartPolicy,
            },
          ),
        );
        ctx.logger.info(`${wait.what} exists as asked; adopting it`);
      }

      if (ctx.isDryRun) {
        ctx.logger.info(
          existing
            ? `Would adopt ${wait.what}`
            : `Would create ${wait.what} running ${input.image}`,
        );
        outputAll(ctx, outputs(existing));
        return;
      }

      const result = await ctx.checkpoint({
        key: `aci-${containerGroupId.toLowerCase()}`,
        fn: async () => {
          if (existing) {
            await waitForResource(wait);
          } else {
            if (newGroup) {
              await createResourceGroup(clients, subscription, {
                ...input,
                taskId: ctx.task.id,
                logger: ctx.logger,
              });
            }
            ctx.logger.info(`Creating ${wait.what} running ${input.image}`);
            await waitForPoller(
              groups.beginCreateOrUpdate(
                input.resourceGroup,
                input.name,
                containerGroupBody(input, ctx.task.id),
                { ...clients.operationOptions(), abortSignal: ctx.signal },
              ),
              wait,
            );
          }
          return outputs(await azure(subscription, get));
        },
      });
      outputAll(ctx, result);
    },
  });
}
