import { compareVersions } from '../health/versions';
import { READINESS_DOCS } from './docs';
import { RemovedApiInUse, UpgradeFinding } from './types';
import { minorsBetween } from './versionParts';

const METRIC = 'apiserver_requested_deprecated_apis';
const SAMPLE = new RegExp(`^${METRIC}\\{(.*)\\}\\s+(\\S+)`);
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(LABEL)) {
    labels[name] = value.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
  }
  return labels;
}

/**
 * The deprecated APIs that clients have requested, as the API server's
 * `/metrics` (Prometheus text) reports them, which `target` removes and the
 * version the control plane runs (`current`) still serves.
 */
export function removedApisInUse(
  metrics: string,
  current: string,
  target: string,
): RemovedApiInUse[] {
  const found = new Map<string, RemovedApiInUse>();
  for (const line of metrics.split('\n')) {
    const match = SAMPLE.exec(line.trim());
    if (!match || !(Number(match[2]) > 0)) continue;
    const labels = labelsOf(match[1]);
    const removed = labels.removed_release;
    if (!removed || !labels.version || !labels.resource) continue;
    const afterCurrent = minorsBetween(current, removed);
    const byTarget = minorsBetween(removed, target);
    if (afterCurrent === undefined || byTarget === undefined) continue;
    if (afterCurrent <= 0 || byTarget < 0) continue;
    const api: RemovedApiInUse = {
      group: labels.group ?? '',
      version: labels.version,
      resource: labels.resource,
      ...(labels.subresource ? { subresource: labels.subresource } : {}),
      removedRelease: removed,
    };
    const key = [api.group, api.version, api.resource, api.subresource].join(
      '/',
    );
    found.set(key, api);
  }
  return [...found.values()].sort(
    (a, b) =>
      compareVersions(a.removedRelease, b.removedRelease) ||
      `${a.group}/${a.resource}`.localeCompare(`${b.group}/${b.resource}`),
  );
}

const apiName = (api: RemovedApiInUse) =>
  `${api.group ? `${api.group}/` : ''}${api.version} ${api.resource}${
    api.subresource ? `/${api.subresource}` : ''
  }`;

/** One finding for the removed APIs still in use. */
export function removedApiFinding(
  apis: RemovedApiInUse[],
  target: string,
): UpgradeFinding | undefined {
  if (apis.length === 0) return undefined;
  return {
    code: 'RemovedApiInUse',
    severity: 'blocking',
    title: 'Removed APIs still in use',
    message: `Clients still request ${apis
      .map(api => `${apiName(api)} (removed in ${api.removedRelease})`)
      .join(', ')}; ${target} no longer serves ${
      apis.length === 1 ? 'it' : 'them'
    }, and AKS stops a minor version upgrade while they are in use.`,
    remedy:
      'Move the manifests, charts and clients that use them to the replacement APIs (see the Kubernetes deprecation guide), then check again.',
    docsUrl: READINESS_DOCS.removedApis,
  };
}
