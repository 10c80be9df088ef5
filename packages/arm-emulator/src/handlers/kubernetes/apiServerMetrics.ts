import type {
  DeprecatedApiUse,
  WorkloadSpec,
} from '../../persistence/workloadStore';
import {
  compareVersions,
  minorOf,
} from '../containerService/kubernetesVersions';
import { versionInfo } from './discovery';

/** The content type of Prometheus's text exposition format, as the API server sends it. */
export const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

const escape = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** One sample line; labels sorted by name, as the Prometheus client writes them. */
const sample = (name: string, labels: Record<string, string>, value: number) =>
  `${name}{${Object.keys(labels)
    .sort()
    .map(key => `${key}="${escape(labels[key])}"`)
    .join(',')}} ${value}`;

/**
 * The deprecated APIs a cluster's workloads request that its version still
 * serves: deprecated at or before its minor, and not yet removed.
 */
export function deprecatedApisInUse(
  kubernetesVersion: string,
  workloads: WorkloadSpec[],
): DeprecatedApiUse[] {
  const minor = minorOf(kubernetesVersion);
  const seen = new Map<string, DeprecatedApiUse>();
  for (const use of workloads.flatMap(w => w.deprecatedApis ?? [])) {
    const served =
      compareVersions(minor, use.deprecatedIn) >= 0 &&
      (!use.removedIn || compareVersions(minor, use.removedIn) < 0);
    const key = [use.group, use.version, use.resource, use.subresource].join(
      '/',
    );
    if (served) seen.set(key, use);
  }
  return [...seen.values()];
}

/**
 * `GET /metrics` of a cluster's API server, in Prometheus's text format:
 * `apiserver_requested_deprecated_apis` (a gauge of 1 per deprecated API
 * requested, by group, version, resource, subresource and removed_release,
 * empty when no removal is planned; no family at all when there is none) and
 * `kubernetes_build_info`.
 */
export function apiServerMetrics(
  kubernetesVersion: string,
  workloads: WorkloadSpec[],
): string {
  const lines: string[] = [];
  const deprecated = deprecatedApisInUse(kubernetesVersion, workloads);
  if (deprecated.length) {
    lines.push(
      '# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested, broken out by API group, version, resource, subresource, and removed_release.',
      '# TYPE apiserver_requested_deprecated_apis gauge',
      ...deprecated.map(use =>
        sample(
          'apiserver_requested_deprecated_apis',
          {
            group: use.group,
            version: use.version,
            resource: use.resource,
            subresource: use.subresource ?? '',
            removed_release: use.removedIn ?? '',
          },
          1,
        ),
      ),
    );
  }
  const info = versionInfo(kubernetesVersion);
  lines.push(
    "# HELP kubernetes_build_info [ALPHA] A metric with a constant '1' value labeled by major, minor, git version, git commit, git tree state, build date, Go version, and compiler from which Kubernetes was built, and platform on which it is running.",
    '# TYPE kubernetes_build_info gauge',
    sample(
      'kubernetes_build_info',
      {
        build_date: info.buildDate,
        compiler: info.compiler,
        git_commit: info.gitCommit,
        git_tree_state: info.gitTreeState,
        git_version: info.gitVersion,
        go_version: info.goVersion,
        major: info.major,
        minor: info.minor,
        platform: info.platform,
      },
      1,
    ),
  );
  return `${lines.join('\n')}\n`;
}
