import { InputError } from '@backstage/errors';
import {
  isValidClusterName,
  isValidResourceGroupName,
  isValidSubscriptionId,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { Zod } from './actionInput';

const LOCATION = /^[a-z][a-z0-9]{1,40}$/;
const SUBNET_ID =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.Network\/virtualNetworks\/[-\w.]{2,64}\/subnets\/[-\w.]{1,80}$/i;
const VM_SIZE = /^(Standard|Basic)_[A-Za-z0-9_-]{1,40}$/;
// Azure tag names may not contain < > % & \ ? /
const TAG_NAME = /^[^<>%&\\?/]{1,512}$/;

/** Fields that several actions take, described once. */
export const fields = {
  subscriptionId: (z: Zod) =>
    z
      .string()
      .refine(isValidSubscriptionId, 'must be a subscription id (a GUID)')
      .describe('A subscription configured under aks.subscriptions'),
  resourceGroup: (z: Zod) =>
    z
      .string()
      .refine(
        isValidResourceGroupName,
        "must be 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'",
      )
      .describe('The resource group'),
  createResourceGroup: (z: Zod) =>
    z
      .boolean()
      .default(false)
      .describe(
        'Create the resource group, in the same location, when it does not exist',
      ),
  location: (z: Zod) =>
    z
      .string()
      .regex(LOCATION, "must be an Azure region's name, such as westeurope")
      .describe('The Azure region'),
  clusterName: (z: Zod) =>
    z
      .string()
      .refine(
        isValidClusterName,
        "must be 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit",
      )
      .describe('The name of the AKS cluster, in resourceGroup'),
  clusterId: (z: Zod) =>
    z
      .string()
      .superRefine((id, ctx) => {
        try {
          parseAksClusterId(id);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      })
      .describe(
        'The ARM id of the AKS cluster (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…)',
      ),
  subnetId: (z: Zod) =>
    z
      .string()
      .regex(
        SUBNET_ID,
        'must be the ARM id of a subnet (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…)',
      ),
  vmSize: (z: Zod, defaultSize: string) =>
    z
      .string()
      .regex(VM_SIZE, 'must be an Azure VM size such as Standard_D4ds_v5')
      .default(defaultSize)
      .describe(`The VM size of the nodes; defaults to ${defaultSize}`),
  tags: (z: Zod) =>
    z
      .record(z.string().max(256, 'tag values have at most 256 characters'))
      .refine(
        tags => Object.keys(tags).every(name => TAG_NAME.test(name)),
        'tag names have 1-512 characters and none of < > % & \\ ? /',
      )
      .refine(tags => Object.keys(tags).length <= 49, 'at most 49 tags')
      .optional()
      .describe('Azure tags'),
  timeoutMinutes: (z: Zod, minutes: number) =>
    z
      .number()
      .positive()
      .max(240)
      .default(minutes)
      .describe(
        `How long to wait for Azure, in minutes; defaults to ${minutes}. After a timeout the operation goes on in Azure, and running the task again waits for it`,
      ),
};

/** The fields of an action that creates a resource in a resource group. */
export function resourceGroupFields(z: Zod) {
  return {
    subscriptionId: fields.subscriptionId(z),
    resourceGroup: fields.resourceGroup(z),
    createResourceGroup: fields.createResourceGroup(z),
  };
}

/**
 * The configuration of a subscription the input names; an InputError naming
 * the field when it is not under `aks.subscriptions`.
 */
export function configuredSubscription(
  clients: AzureClients,
  subscriptionId: string,
  field = 'subscriptionId',
): AksSubscriptionConfig {
  const id = subscriptionId.toLowerCase();
  const subscription = clients.subscriptions.find(s => s.subscriptionId === id);
  if (!subscription) {
    throw new InputError(
      `Invalid input: ${field}: subscription ${subscriptionId} is not configured under aks.subscriptions`,
    );
  }
  return subscription;
}
