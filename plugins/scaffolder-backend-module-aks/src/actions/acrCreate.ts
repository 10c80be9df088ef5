import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { actionInput } from '../lib/actionInput';
import { azure, portalUrl } from '../lib/azure';
import { createOrWait, differences, findOrAdopt } from '../lib/createOrAdopt';
import {
  configuredSubscription,
  fields,
  resourceGroupFields,
} from '../lib/inputs';
import { examples } from './acrCreate.examples';

const registryInput = actionInput(z =>
  z.object({
    ...resourceGroupFields(z),
    name: z
      .string()
      .regex(/^[a-zA-Z0-9]{5,50}$/, 'must be 5-50 letters and digits')
      .describe(
        'The registry name, unique in Azure: it becomes <name>.azurecr.io',
      ),
    location: fields.location(z),
    sku: z
      .enum(['Basic', 'Standard', 'Premium'])
      .default('Standard')
      .describe('Premium adds geo-replication and private endpoints'),
    adminUserEnabled: z
      .boolean()
      .default(false)
      .describe(
        'Off by default: clusters pull with Entra ID (azure:acr:attach) instead of a shared password. The action never outputs a password',
      ),
    tags: fields.tags(z),
    timeoutMinutes: fields.timeoutMinutes(z, 10),
  }),
);

/**
 * `azure:acr:create`: creates an Azure Container Registry after checking its
 * name with Azure; adopts a registry that exists as asked.
 *
 * @public
 */
export function createAcrCreateAction(options: { clients: AzureClients }) {
  const { clients } = options;
  return createTemplateAction({
    id: 'azure:acr:create',
    description:
      "Creates an Azure Container Registry, its name checked first with Azure's name-availability API, the admin user off unless asked. A registry that exists as asked is adopted; one that differs is refused with the differences",
    examples,
    supportsDryRun: true,
    schema: {
      input: registryInput.schema,
      output: {
        registryId: z => z.string().describe('The ARM id of the registry'),
        loginServer: z => z.string().describe('<name>.azurecr.io'),
        portalUrl: z => z.string().describe('The registry in the Azure portal'),
      },
    },
    async handler(ctx) {
      const input = registryInput.parse(ctx.input);
      const subscription = configuredSubscription(
        clients,
        input.subscriptionId,
      );
      const registries = clients.registry(input.subscriptionId).registries;
      const registryId = `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${input.name}`;

      const found = await findOrAdopt(ctx, clients, {
        what: `Container registry ${registryId}`,
        subscription,
        resourceGroup: input,
        read: () =>
          registries.get(
            input.resourceGroup,
            input.name,
            clients.requestOptions(),
          ),
        differences: existing =>
          differences(
            {
              location: input.location,
              sku: input.sku,
              adminUserEnabled: input.adminUserEnabled,
            },
            {
              location: existing.location,
              sku: existing.sku.name,
              adminUserEnabled: existing.adminUserEnabled ?? false,
            },
          ),
      });
      if (!found.existing) {
        const status = await azure(subscription, () =>
          registries.checkNameAvailability(
            {
              name: input.name,
              type: 'Microsoft.ContainerRegistry/registries',
            },
            clients.requestOptions(),
          ),
        );
        if (!status.nameAvailable) {
          throw new InputError(
            `Invalid input: name: ${input.name} cannot be used (${status.reason}): ${status.message}`,
          );
        }
      }

      await createOrWait(ctx, clients, found, {
        checkpointKey: `acr-${registryId.toLowerCase()}`,
        timeoutMinutes: input.timeoutMinutes,
        wouldCreate: ` (${input.sku}, admin user ${
          input.adminUserEnabled ? 'on' : 'off'
        })`,
        tags: input.tags,
        start: tags =>
          registries.create(
            input.resourceGroup,
            input.name,
            {
              location: input.location,
              sku: { name: input.sku },
              adminUserEnabled: input.adminUserEnabled,
              tags,
            },
            { ...clients.operationOptions(), abortSignal: ctx.signal },
          ),
        outputs: registry => ({
          registryId,
          loginServer:
            registry?.loginServer ?? `${input.name.toLowerCase()}.azurecr.io`,
          portalUrl: portalUrl(registryId),
        }),
      });
    },
  });
}
