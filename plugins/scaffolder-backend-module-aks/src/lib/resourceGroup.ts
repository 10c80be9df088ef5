import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure } from './azure';

/** The resource group an input names, and whether to create it. */
export interface ResourceGroupInput {
  resourceGroup: string;
  createResourceGroup: boolean;
  /** Where a new resource group goes: the location of the resource in it. */
  location: string;
}

/**
 * Whether the resource group has to be created; an InputError naming the
 * field when it does not exist and the input does not ask to create it.
 */
export async function resourceGroupToCreate(
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  input: ResourceGroupInput,
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
    tags: Record<string, string>;
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
        { location: options.location, tags: options.tags },
        clients.requestOptions(),
      ),
  );
}
