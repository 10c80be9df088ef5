import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure, withTaskTag } from './azure';

/**
 * Whether the resource group has to be created; an InputError naming the
 * field when it does not exist and the input does not ask to create it.
 */
export async function resourceGroupToCreate(
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  input: { resourceGroup: string; createResourceGroup: boolean },
): Promise<boolean> {
  const { body: exists } = await azure(subscription, () =>
    clients
      .resources(subscription.subscriptionId)
      .resourceGroups.checkExistence(
        input.resourceGroup,
        clients.requestOptions(),
      ),
  );
  if (exists) return false;
  if (!input.createResourceGroup) {
    throw new InputError(
      `Invalid input: resourceGroup: ${input.resourceGroup} does not exist in subscription ${subscription.subscriptionId}; set createResourceGroup to create it`,
    );
  }
  return true;
}

export async function createResourceGroup(
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  options: {
    resourceGroup: string;
    location: string;
    taskId: string;
    logger: LoggerService;
  },
): Promise<void> {
  options.logger.info(
    `Creating resource group ${options.resourceGroup} in ${options.location}`,
  );
  await azure(subscription, () =>
    clients
      .resources(subscription.subscriptionId)
      .resourceGroups.createOrUpdate(
        options.resourceGroup,
        {
          location: options.location,
          tags: withTaskTag(undefined, options.taskId),
        },
        clients.requestOptions(),
      ),
  );
}
