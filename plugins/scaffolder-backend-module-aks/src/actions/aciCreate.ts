import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { portalUrl } from '../lib/azure';
import { createOrWait, differences, findOrAdopt } from '../lib/createOrAdopt';
import { configuredSubscription } from '../lib/inputs';
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

      const found = await findOrAdopt(ctx, clients, {
        what: `Container group ${containerGroupId}`,
        subscription,
        resourceGroup: input,
        read: () =>
          groups.get(input.resourceGroup, input.name, clients.requestOptions()),
        differences: existing => {
          const container = existing.containers[0];
          return differences(
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
          );
        },
      });
      await createOrWait(ctx, clients, found, {
        checkpointKey: `aci-${containerGroupId.toLowerCase()}`,
        timeoutMinutes: input.timeoutMinutes,
        wouldCreate: ` running ${input.image}`,
        creating: ` running ${input.image}`,
        tags: input.tags,
        start: tags =>
          groups.beginCreateOrUpdate(
            input.resourceGroup,
            input.name,
            containerGroupBody(input, tags),
            { ...clients.operationOptions(), abortSignal: ctx.signal },
          ),
        outputs: group => ({
          containerGroupId,
          portalUrl: portalUrl(containerGroupId),
          ipAddress: group?.ipAddress?.ip ?? null,
          fqdn: group?.ipAddress?.fqdn ?? null,
        }),
      });
    },
  });
}
