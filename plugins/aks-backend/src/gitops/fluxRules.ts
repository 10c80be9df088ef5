import type { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import type { FindingRule } from '../health/findingRule';
import { isNotCompliant, ReadFluxConfiguration } from './armFlux';

/** A Flux configuration as the rules judge it. */
export interface FluxSubject {
  configuration: ReadFluxConfiguration;
  cluster: AksClusterRef;
  /** The time to judge at (ms since the epoch). */
  now: number;
  /** How long a configuration may stay not compliant before it is a finding. */
  nonCompliantWarningAfterMs: number;
}

/** How long the configuration has not been compliant; undefined where Azure does not tell. */
function notCompliantForMs({ configuration, now }: FluxSubject) {
  const since = Date.parse(configuration.nonCompliantSince ?? '');
  return Number.isNaN(since) ? undefined : now - since;
}

function inWords(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

/** Rules about a Flux configuration of an entity's repository. */
export const FLUX_RULES = [
  {
    code: 'FluxNotCompliant',
    severity: 'warning',
    title: 'Flux configuration not compliant',
    applies: subject =>
      isNotCompliant(subject.configuration.complianceState) &&
      (notCompliantForMs(subject) ?? 0) > subject.nonCompliantWarningAfterMs,
    message: subject => {
      const { name, complianceState, errorMessage } = subject.configuration;
      const since = inWords(notCompliantForMs(subject)!);
      const why = errorMessage ? ` (${errorMessage})` : '.';
      return `Flux configuration ${name} on ${subject.cluster.name} has been ${complianceState} for ${since}: the cluster does not run what the repository says${why}`;
    },
    remedy: ({ configuration, cluster }) =>
      `Read what Flux reports (\`az k8s-configuration flux show --resource-group ${cluster.resourceGroup} ` +
      `--cluster-name ${cluster.name} --cluster-type managedClusters --name ${configuration.name}\`), ` +
      'fix the source (URL, branch, credentials) or the manifests at the paths of its kustomizations, ' +
      'and let Flux reconcile again.',
    docsUrl:
      'https://learn.microsoft.com/azure/azure-arc/kubernetes/tutorial-use-gitops-flux2',
  },
] as const satisfies ReadonlyArray<FindingRule<FluxSubject>>;
