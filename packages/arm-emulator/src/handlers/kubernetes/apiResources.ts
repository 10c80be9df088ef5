/** One resource type the emulated Kubernetes API serves. */
export interface ApiResource {
  /** '' for the core group. */
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
}

const core = (
  plural: string,
  kind: string,
  namespaced: boolean,
  shortNames?: string[],
): ApiResource => ({
  group: '',
  version: 'v1',
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced,
  shortNames,
});

const grouped = (
  group: string,
  version: string,
  plural: string,
  kind: string,
  shortNames?: string[],
  namespaced = true,
): ApiResource => ({
  group,
  version,
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced,
  shortNames,
});

/**
 * What the Kubernetes plugin reads by default, plus nodes, namespaces and pod
 * disruption budgets (what blocks a node drain in an upgrade). The
 * types the emulator has no objects of answer empty lists, as a real cluster
 * without such objects does.
 */
export const API_RESOURCES: ApiResource[] = [
  core('namespaces', 'Namespace', false, ['ns']),
  core('nodes', 'Node', false, ['no']),
  core('pods', 'Pod', true, ['po']),
  core('services', 'Service', true, ['svc']),
  core('configmaps', 'ConfigMap', true, ['cm']),
  core('limitranges', 'LimitRange', true, ['limits']),
  core('resourcequotas', 'ResourceQuota', true, ['quota']),
  grouped('apps', 'v1', 'deployments', 'Deployment', ['deploy']),
  grouped('apps', 'v1', 'replicasets', 'ReplicaSet', ['rs']),
  grouped('apps', 'v1', 'statefulsets', 'StatefulSet', ['sts']),
  grouped('apps', 'v1', 'daemonsets', 'DaemonSet', ['ds']),
  grouped(
    'autoscaling',
    'v2',
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    ['hpa'],
  ),
  grouped('batch', 'v1', 'jobs', 'Job'),
  grouped('batch', 'v1', 'cronjobs', 'CronJob', ['cj']),
  grouped('networking.k8s.io', 'v1', 'ingresses', 'Ingress', ['ing']),
  grouped('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', [
    'pdb',
  ]),
  grouped('metrics.k8s.io', 'v1beta1', 'pods', 'PodMetrics'),
  grouped(
    'metrics.k8s.io',
    'v1beta1',
    'nodes',
    'NodeMetrics',
    undefined,
    false,
  ),
];

const READ_VERBS = ['get', 'list'];

export const groupVersionOf = (r: { group: string; version: string }) =>
  r.group ? `${r.group}/${r.version}` : r.version;

export function findResource(
  group: string,
  version: string,
  plural: string,
): ApiResource | undefined {
  return API_RESOURCES.find(
    r => r.group === group && r.version === version && r.plural === plural,
  );
}

/** GET /api */
export function coreVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupDocument(group: string) {
  const versions = [
    ...new Set(
      API_RESOURCES.filter(r => r.group === group).map(r => r.version),
    ),
  ].map(version => ({ groupVersion: `${group}/${version}`, version }));
  return {
    name: group,
    versions,
    preferredVersion: versions[0],
  };
}

/** GET /apis */
export function groupList() {
  const groups = [...new Set(API_RESOURCES.map(r => r.group).filter(Boolean))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map(groupDocument),
  };
}

/** GET /apis/{group}, or undefined for a group the cluster does not serve. */
export function apiGroup(group: string) {
  if (!API_RESOURCES.some(r => r.group === group)) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...groupDocument(group) };
}

/** GET /api/v1 or /apis/{group}/{version}, or undefined when not served. */
export function resourceList(group: string, version: string) {
  const resources = API_RESOURCES.filter(
    r => r.group === group && r.version === version,
  );
  if (resources.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupVersionOf({ group, version }),
    resources: resources.map(r => ({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: READ_VERBS,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
    })),
  };
}
