import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { ConflictError } from '@backstage/errors';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure } from '../lib/azure';
import {
  actionWait,
  waitForPoller,
  waitForResource,
} from '../lib/waitForOperation';
import { FluxInput } from './fluxConfigure.input';

/** The cluster extension that runs Flux, and the name this action gives it. */
export const FLUX_EXTENSION_TYPE = 'microsoft.flux';
export const FLUX_EXTENSION_NAME = 'flux';
/** Where AKS clusters are, for Microsoft.KubernetesConfiguration. */
export const AKS_CLUSTER_RP = 'Microsoft.ContainerService';
export const AKS_CLUSTER_RESOURCE = 'managedClusters';

const isFlux = (extension: Extension) =>
  extension.extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE;

/**
 * Makes sure the cluster runs Flux: adopts any extension of type
 * microsoft.flux, whatever its name, or installs one named `flux` and waits
 * for it. Whether this run installed it.
 */
export async function ensureFluxExtension(
  ctx: ActionContext<any, any>,
  clients: AzureClients,
  subscription: AksSubscriptionConfig,
  input: FluxInput,
  clusterId: string,
): Promise<boolean> {
  const extensions = clients.kubernetesConfiguration(
    input.subscriptionId,
  ).extensions;
  const cluster = [
    input.resourceGroup,
    AKS_CLUSTER_RP,
    AKS_CLUSTER_RESOURCE,
    input.clusterName,
  ] as const;
  const installed = await azure(subscription, async () => {
    const all: Extension[] = [];
    for await (const extension of extensions.list(
      ...cluster,
      clients.requestOptions(),
    ))
      all.push(extension);
    return all;
  });
  const flux = installed.find(isFlux);
  const what = `The Flux extension of AKS cluster ${clusterId}`;
  const read = async (name: string) => {
    const extension = await extensions.get(
      ...cluster,
      name,
      clients.requestOptions(),
    );
    return { provisioningState: extension.provisioningState };
  };

  if (flux) {
    ctx.logger.info(`${what} is installed already (${flux.name})`);
    const state = flux.provisioningState?.toLowerCase();
    if (!ctx.isDryRun && state !== 'succeeded') {
      await waitForResource(
        actionWait(ctx, clients, {
          what,
          subscription,
          timeoutMinutes: input.timeoutMinutes,
          read: () => read(flux.name ?? FLUX_EXTENSION_NAME),
        }),
      );
    }
    return false;
  }
  const taken = installed.find(e => e.name === FLUX_EXTENSION_NAME);
  if (taken) {
    throw new ConflictError(
      `AKS cluster ${clusterId} has an extension named ${FLUX_EXTENSION_NAME} of type ${taken.extensionType}; install ${FLUX_EXTENSION_TYPE} under another name first`,
    );
  }
  if (ctx.isDryRun) {
    ctx.logger.info(`Would install ${what.replace(/^The/, 'the')}`);
    return true;
  }
  await ctx.checkpoint({
    key: `flux-extension-${clusterId.toLowerCase()}`,
    fn: async () => {
      ctx.logger.info(`Installing ${what.replace(/^The/, 'the')}`);
      await waitForPoller(
        extensions.beginCreate(
          ...cluster,
          FLUX_EXTENSION_NAME,
          { extensionType: FLUX_EXTENSION_TYPE, autoUpgradeMinorVersion: true },
          { ...clients.operationOptions(), abortSignal: ctx.signal },
        ),
        actionWait(ctx, clients, {
          what,
          subscription,
          timeoutMinutes: input.timeoutMinutes,
          read: () => read(FLUX_EXTENSION_NAME),
        }),
      );
    },
  });
  return true;
}
