import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { nameOf } from '../../util/ids';
import { reconcile, type Reconciliation } from './fluxReconciliation';

/** Kubernetes' time format (RFC 3339, whole seconds). */
const kubeTime = (ms: number) =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The revision Flux reports for a Git source, `<ref>@sha1:<commit>`: the
 * commit asked for, else a SHA-1 derived from the URL and the ref, so every
 * read of the same configuration names the same commit.
 */
export function gitRevision(git: Record<string, any>): string {
  const ref = git.repositoryRef ?? {};
  const name = ref.branch ?? ref.tag ?? ref.semver;
  const sha =
    ref.commit?.toLowerCase() ??
    createHash('sha1').update(`${git.url}#${name}`).digest('hex');
  return name ? `${name}@sha1:${sha}` : `sha1:${sha}`;
}

/** The host a Git URL names (https://host/..., ssh://user@host:port/..., user@host:path). */
export function gitHost(url: string): string {
  const scpLike = /^[^/@:]+@([^/:]+):/.exec(url);
  if (scpLike) return scpLike[1];
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** source-controller's message when it cannot clone, as Flux words it. */
export const cloneFailure = (url: string) =>
  `failed to checkout and determine revision: unable to clone '${url}': dial tcp: lookup ${gitHost(
    url,
  )}: i/o timeout`;

const ready = (
  status: boolean,
  reason: string,
  message: string,
  since: number,
) => [
  {
    type: 'Ready',
    status: status ? 'True' : 'False',
    reason,
    message,
    lastTransitionTime: kubeTime(since),
  },
];

const compliance = (ok: boolean) => (ok ? 'Compliant' : 'Non-Compliant');

/** The GitRepository and Kustomization objects on the cluster, as the agent reports them. */
function objectStatuses(
  name: string,
  props: Record<string, any>,
  r: Reconciliation,
) {
  const git = props.gitRepository;
  const revision = gitRevision(git);
  const fetching = r.complianceState === 'Compliant';
  const source = {
    name,
    namespace: props.namespace,
    kind: 'GitRepository',
    complianceState: compliance(fetching),
    statusConditions: fetching
      ? ready(
          true,
          'Succeeded',
          `stored artifact for revision '${revision}'`,
          r.turnedAt!,
        )
      : ready(false, 'GitOperationFailed', cloneFailure(git.url), r.turnedAt!),
  };
  // A Kustomization keeps applying the last artifact while its source fails.
  const applied = r.fetchedAt !== undefined;
  const kustomizations = Object.keys(props.kustomizations ?? {}).map(k => ({
    name: `${name}-${k}`,
    namespace: props.namespace,
    kind: 'Kustomization',
    complianceState: compliance(applied),
    statusConditions: applied
      ? ready(
          true,
          'ReconciliationSucceeded',
          `Applied revision: ${revision}`,
          r.fetchedAt!,
        )
      : ready(
          false,
          'ArtifactFailed',
          'Source artifact not found, retrying in 30s',
          r.turnedAt!,
        ),
  }));
  return [source, ...kustomizations];
}

/**
 * The read-only status of a Flux configuration now: Pending until its first
 * reconciliation one sync interval after it was made or changed, then
 * Compliant, or Non-Compliant while its repository is unreachable (see
 * {@link reconcile}); Suspended while suspended, Unknown when provisioning
 * failed.
 */
export function observedFluxStatus(
  ctx: EmulatorContext,
  record: StoredResource,
): Record<string, any> {
  const props = record.body.properties ?? {};
  const failure = record.body.failure;
  if (props.provisioningState === 'Failed')
    return {
      complianceState: 'Unknown',
      statuses: [],
      ...(failure ? { errorMessage: failure.message } : {}),
    };
  if (props.suspend) return { complianceState: 'Suspended', statuses: [] };
  const git = props.gitRepository ?? {};
  const r = reconcile(
    record.body.sync?.from ?? 0,
    (git.syncIntervalInSeconds ?? 600) * 1000,
    ctx.gitRepositories.outagesOf(git.url ?? ''),
    ctx.clock.now(),
  );
  if (r.complianceState === 'Pending')
    return { complianceState: 'Pending', statuses: [] };
  const statuses = objectStatuses(nameOf(record.id), props, r);
  return {
    complianceState: statuses.every(s => s.complianceState === 'Compliant')
      ? 'Compliant'
      : 'Non-Compliant',
    statuses,
    statusUpdatedAt: new Date(r.reconciledAt!).toISOString(),
    ...(r.fetchedAt !== undefined
      ? {
          sourceSyncedCommitId: gitRevision(git),
          sourceUpdatedAt: new Date(r.fetchedAt).toISOString(),
        }
      : {}),
    ...(r.complianceState === 'Non-Compliant'
      ? { errorMessage: cloneFailure(git.url) }
      : {}),
  };
}
