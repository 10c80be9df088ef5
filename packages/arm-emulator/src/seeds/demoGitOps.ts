import type { EmulatorContext } from '../emulatorContext';
import { resourceId } from '../util/ids';
import { CLUSTER_TYPE } from '../handlers/containerService/aksTypes';
import {
  extensionIdOf,
  installedVersion,
  storedExtensionBody,
} from '../handlers/kubernetesConfiguration/extensionModel';
import {
  fluxConfigurationIdOf,
  storedFluxProperties,
} from '../handlers/kubernetesConfiguration/fluxModel';
import { DEMO_IDS } from './demoIds';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;
const HOUR = 3_600_000;
/** When the demo's Flux configurations were made: a whole number of sync intervals ago. */
const CONFIGURED_HOURS_AGO = 72;

const clusterId = (subscriptionId: string, group: string, name: string) =>
  resourceId(subscriptionId, group, CLUSTER_TYPE, name);

/** The microsoft.flux extension, installed. */
function addFluxExtension(ctx: EmulatorContext, cluster: string) {
  const body = storedExtensionBody({
    properties: { extensionType: 'microsoft.flux' },
  });
  body.properties.provisioningState = 'Succeeded';
  body.properties.currentVersion = installedVersion(body.properties);
  ctx.store.put(extensionIdOf(cluster, 'flux'), body);
}

/** A Flux configuration of a Git repository, made long enough ago to have been reconciled many times. */
function addGitConfiguration(
  ctx: EmulatorContext,
  cluster: string,
  name: string,
  properties: Record<string, any>,
) {
  ctx.store.put(fluxConfigurationIdOf(cluster, name), {
    properties: {
      ...storedFluxProperties(properties),
      provisioningState: 'Succeeded',
    },
    protectedKeys: [],
    sync: { from: ctx.clock.now() - CONFIGURED_HOURS_AGO * HOUR },
  });
}

/**
 * GitOps on the demo clusters: the Flux extension where the catalog's
 * services deploy from Git; `payments-api` Compliant in production and
 * Non-Compliant for two hours in development (its SSH remote unreachable
 * since then), and the platform team's repository on the LTS cluster.
 */
export function addDemoGitOps(ctx: EmulatorContext) {
  const payments = clusterId(PROD, 'rg-payments-prod', 'aks-payments-prod');
  const platform = clusterId(PROD, 'rg-platform-prod', 'aks-platform-lts');
  const dev = clusterId(DEV, 'rg-dev', 'aks-dev-free');
  for (const cluster of [payments, platform, dev])
    addFluxExtension(ctx, cluster);

  addGitConfiguration(ctx, payments, 'payments-api', {
    scope: 'namespace',
    namespace: 'payments-api',
    gitRepository: {
      url: 'https://github.com/acme/payments-api',
      repositoryRef: { branch: 'main' },
    },
    kustomizations: {
      apps: { path: './deploy/production', prune: true },
    },
  });

  const devRemote = 'git@github.com:acme/payments-api.git';
  addGitConfiguration(ctx, dev, 'payments-api', {
    scope: 'namespace',
    namespace: 'payments-api',
    gitRepository: {
      url: devRemote,
      repositoryRef: { branch: 'develop' },
    },
    kustomizations: { apps: { path: './deploy/dev', prune: true } },
  });
  // Reconciliations fall on whole sync intervals since the configuration was
  // made; the first to fail, exactly two hours ago, is when it turned.
  ctx.gitRepositories.markUnreachable(
    devRemote,
    ctx.clock.now() - 2 * HOUR - 1,
  );

  addGitConfiguration(ctx, platform, 'platform-gitops', {
    scope: 'cluster',
    namespace: 'flux-system',
    gitRepository: {
      url: 'https://github.com/acme/platform-gitops',
      repositoryRef: { branch: 'main' },
    },
    kustomizations: {
      infra: { path: './infrastructure', prune: true },
      apps: { path: './apps/production', prune: true, dependsOn: ['infra'] },
    },
  });
}
