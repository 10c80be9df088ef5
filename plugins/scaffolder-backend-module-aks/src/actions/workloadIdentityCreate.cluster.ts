import type { ManagedCluster } from '@azure/arm-containerservice';
import { ConflictError, InputError } from '@backstage/errors';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure } from '../lib/azure';
import { clusterProvisioning } from '../lib/clusters';
import {
  actionWait,
  waitForPoller,
  waitForResource,
} from '../lib/waitForOperation';
import { WorkloadIdentityInput } from './workloadIdentityCreate.input';

/** What of workload identity a cluster has off: the OIDC issuer, the webhook, or both. */
export function workloadIdentityOff(cluster: ManagedCluster): string[] {
  const off: string[] = [];
  if (cluster.oidcIssuerProfile?.enabled !== true) off.push('the OIDC issuer');
  if (cluster.securityProfile?.workloadIdentity?.enabled !== true)
    off.push('workload identity');
  return off;
}

/** The cluster with its OIDC issuer and workload identity on, as the federated credential needs it. */
export interface FederatableCluster {
  cluster: ManagedCluster;
  clusterId: string;
  /** Unknown in a dry run that would turn the issuer on. */
  issuerUrl?: string;
}

/**
 * Reads the cluster and makes sure its OIDC issuer and workload identity are
 * on: refuses a cluster that has them off unless the input confirms turning
 * them on, and then turns them on with an update of the cluster (Azure's
 * long-running operation, waited for with the SDK's poller).
 */
export async function federatableCluster(
  ctx: ActionContext<any, any>,
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  input: WorkloadIdentityInput,
): Promise<FederatableCluster> {
  const managedClusters = clients.containerService(
    input.subscriptionId,
  ).managedClusters;
  const get = () =>
    managedClusters.get(
      input.resourceGroup,
      input.clusterName,
      clients.requestOptions(),
    );
  let cluster = await azure(subscription, get);
  const clusterId =
    cluster.id ??
    `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${input.clusterName}`;
  const what = `AKS cluster ${clusterId}`;
  const wait = actionWait(ctx, clients, {
    what,
    subscription,
    timeoutMinutes: input.timeoutMinutes,
    read: async () => clusterProvisioning(await get()),
  });
  const off = workloadIdentityOff(cluster);

  if (off.length > 0) {
    const them = off.join(' and ');
    if (!input.enableWorkloadIdentity) {
      throw new InputError(
        `Invalid input: enableWorkloadIdentity: ${what} has ${them} off. Confirm turning ${
          off.length > 1 ? 'them' : 'it'
        } on (enableWorkloadIdentity: true, the template's confirmation): an update of the cluster`,
      );
    }
    if (ctx.isDryRun) {
      ctx.logger.info(`Would turn on ${them} of ${what}`);
      return { cluster, clusterId };
    }
    await ctx.checkpoint({
      key: `aks-workload-identity-${clusterId.toLowerCase()}`,
      fn: async () => {
        ctx.logger.info(`Turning on ${them} of ${what}`);
        const poller = managedClusters.createOrUpdate(
          input.resourceGroup,
          input.clusterName,
          {
            ...cluster,
            oidcIssuerProfile: { ...cluster.oidcIssuerProfile, enabled: true },
            securityProfile: {
              ...cluster.securityProfile,
              workloadIdentity: { enabled: true },
            },
          },
          {
            ...clients.operationOptions(),
            ifMatch: cluster.eTag,
            abortSignal: ctx.signal,
          },
        );
        await waitForPoller(poller, wait);
      },
    });
    cluster = await azure(subscription, get);
  } else {
    ctx.logger.info(`${what} has the OIDC issuer and workload identity on`);
  }

  if (!cluster.oidcIssuerProfile?.issuerURL && !ctx.isDryRun) {
    // Turned on by an earlier run of the task whose update is still going on.
    await waitForResource(wait);
    cluster = await azure(subscription, get);
  }
  const issuerUrl = cluster.oidcIssuerProfile?.issuerURL;
  if (!issuerUrl && !ctx.isDryRun) {
    throw new ConflictError(
      `${what} has the OIDC issuer on but reports no issuer URL; try again once its current operation ends`,
    );
  }
  return { cluster, clusterId, issuerUrl };
}
