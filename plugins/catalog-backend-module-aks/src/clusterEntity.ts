import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_KUBERNETES_API_SERVER,
  ANNOTATION_KUBERNETES_API_SERVER_CA,
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_DASHBOARD_APP,
  ANNOTATION_KUBERNETES_DASHBOARD_PARAMETERS,
  ANNOTATION_KUBERNETES_DASHBOARD_URL,
} from '@backstage/plugin-kubernetes-common';
import {
  AKS_CLUSTER_ID_ANNOTATION,
  azurePortalUrl,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import {
  AksConfig,
  DiscoveredCluster,
  kubernetesApiServerOf,
} from '@aks-backstage/plugin-aks-node';
import type { AksProviderConfig } from './config';

/** Labels of the cluster entities, for filtering the catalog. */
export const CLUSTER_LABELS = {
  location: 'azure.com/location',
  tier: 'azure.com/aks-tier',
  kubernetesVersion: 'azure.com/kubernetes-version',
} as const;

/**
 * A value as a label takes it: at most 63 letters, digits, `-`, `_` or `.`,
 * beginning and ending with a letter or digit; undefined when nothing is left.
 */
export function labelValue(value: string | undefined): string | undefined {
  const safe = (value ?? '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return safe || undefined;
}

/** The entity ref a tag names, normalised; undefined when it is not a valid ref. */
function refFromTag(
  value: string | undefined,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace,
    });
    const valid =
      KubernetesValidatorFunctions.isValidObjectName(ref.name) &&
      KubernetesValidatorFunctions.isValidNamespace(ref.namespace);
    return valid ? stringifyEntityRef(ref) : undefined;
  } catch {
    return undefined;
  }
}

/** The owner and system of a cluster from its tags, and whether its owner tag was unusable. */
export function ownership(
  tags: Record<string, string> | undefined,
  config: AksProviderConfig,
): { owner: string; system?: string; invalidOwnerTag?: string } {
  const ownerTag = tags?.[config.ownerTag];
  const owner = refFromTag(ownerTag, 'group', config.namespace);
  return {
    owner: owner ?? config.defaultOwner,
    system: refFromTag(tags?.[config.systemTag], 'system', config.namespace),
    invalidOwnerTag: ownerTag !== undefined && !owner ? ownerTag : undefined,
  };
}

/** The `kubernetes-cluster` Resource entity of one discovered cluster. */
export function clusterEntity(
  discovered: DiscoveredCluster,
  owner: { owner: string; system?: string },
  config: AksProviderConfig,
  kubernetes: AksConfig['kubernetesApiServer'],
): Entity {
  const { ref, name, cluster, subscription } = discovered;
  const id = formatAksClusterId(ref);
  const portal = azurePortalUrl(id);
  const apiServer = kubernetesApiServerOf(cluster, kubernetes);
  const location = `url:${portal}`;
  const labels = Object.fromEntries(
    Object.entries({
      [CLUSTER_LABELS.location]: labelValue(cluster.location),
      [CLUSTER_LABELS.tier]: labelValue(cluster.sku?.tier?.toLowerCase()),
      [CLUSTER_LABELS.kubernetesVersion]: labelValue(
        cluster.currentKubernetesVersion ?? cluster.kubernetesVersion,
      ),
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: config.namespace,
      title: ref.name,
      description:
        cluster.tags?.[config.descriptionTag] ??
        `AKS cluster in resource group ${ref.resourceGroup} of ${
          subscription.displayName ?? `subscription ${ref.subscriptionId}`
        }, ${cluster.location}`,
      labels,
      annotations: {
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
        [AKS_CLUSTER_ID_ANNOTATION]: id,
        ...(apiServer
          ? { [ANNOTATION_KUBERNETES_API_SERVER]: apiServer.url }
          : {}),
        ...(apiServer?.caData
          ? { [ANNOTATION_KUBERNETES_API_SERVER_CA]: apiServer.caData }
          : {}),
        [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: kubernetes.authProvider,
        [ANNOTATION_KUBERNETES_DASHBOARD_APP]: 'aks',
        [ANNOTATION_KUBERNETES_DASHBOARD_URL]: portal,
        [ANNOTATION_KUBERNETES_DASHBOARD_PARAMETERS]: JSON.stringify({
          subscriptionId: ref.subscriptionId,
          resourceGroup: ref.resourceGroup,
          clusterName: ref.name,
        }),
      },
      links: [{ url: portal, title: 'Azure portal', icon: 'cloud' }],
    },
    spec: {
      type: 'kubernetes-cluster',
      owner: owner.owner,
      ...(owner.system ? { system: owner.system } : {}),
    },
  };
}
