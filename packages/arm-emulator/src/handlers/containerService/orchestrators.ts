import { ok } from '../armRequest';
import { routeBuilder, type Route } from '../arm/route';
import { AKS_NAMESPACE } from './aksTypes';
import { ORCHESTRATOR_API_VERSIONS } from './aksApiVersions';
import {
  compareVersions,
  defaultVersion,
  isPreviewVersion,
  kubernetesVersionList,
} from './kubernetesVersions';

const kubernetes = (version: string) => ({
  orchestratorType: 'Kubernetes',
  orchestratorVersion: version,
  ...(isPreviewVersion(version) ? { isPreview: true } : {}),
});

/** The `OrchestratorVersionProfileListResult` of a location: every patch AKS offers, with its upgrades. */
function orchestratorList(subscriptionId: string, location: string) {
  const patches = kubernetesVersionList().values.flatMap(release =>
    Object.entries(
      release.patchVersions as Record<string, { upgrades: string[] }>,
    ),
  );
  return {
    id: `/subscriptions/${subscriptionId}/providers/${AKS_NAMESPACE}/locations/${location}/orchestrators`,
    name: 'default',
    type: `${AKS_NAMESPACE}/locations/orchestrators`,
    properties: {
      orchestrators: patches
        .sort(([a], [b]) => compareVersions(a, b))
        .map(([version, { upgrades }]) => ({
          ...kubernetes(version),
          ...(version === defaultVersion() ? { default: true } : {}),
          ...(upgrades.length ? { upgrades: upgrades.map(kubernetes) } : {}),
        })),
    },
  };
}

/**
 * `ContainerServices_ListOrchestrators`, the versions list before
 * `ManagedClusters_ListKubernetesVersions`, which older clients still read
 * (`az aks get-versions` of the Azure CLI 2.45, as Debian 12 ships it).
 */
export const orchestratorRoutes: Route[] = [
  routeBuilder(ORCHESTRATOR_API_VERSIONS, AKS_NAMESPACE)(
    'GET',
    `/subscriptions/{subscriptionId}/providers/${AKS_NAMESPACE}/locations/{location}/orchestrators`,
    'ContainerServices_ListOrchestrators',
    'locations/orchestrators/read',
    req => ok(orchestratorList(req.params.subscriptionId, req.params.location)),
  ),
];
