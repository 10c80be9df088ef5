import type {
  Extension,
  FluxConfiguration as ArmFluxConfiguration,
  ObjectStatusConditionDefinition,
  ObjectStatusDefinition,
} from '@azure/arm-kubernetesconfiguration';
import type { FluxConfiguration } from '@aks-backstage/plugin-aks-common';
import { count, present, text } from '../clusters/armMapping';
import { repositoryOf } from './repository';

/*
 * Flux configurations as ARM returns them, in the terms of the wire
 * contract. Like the cluster mapping, every read here takes absent, null
 * and unknown values, and nothing here throws.
 */

const FLUX_EXTENSION_TYPE = 'microsoft.flux';

/** A configuration as it is cached: judged per request, matched by its repository. */
export type ReadFluxConfiguration = Omit<FluxConfiguration, 'warnings'> & {
  /** The repository key of its Git URL (see `repositoryOf`). */
  repositoryKey?: string;
};

/** Compliance states that are not a finding, however long they last. */
const NOT_JUDGED = new Set(['compliant', 'suspended', 'pending']);

/** Whether a compliance state, as Azure spells it or a newer one, says the cluster does not run what the source says. */
export function isNotCompliant(complianceState: string): boolean {
  return !NOT_JUDGED.has(complianceState.toLowerCase().replace(/[^a-z]/g, ''));
}

/** Whether any extension on the cluster is Flux, however its type is cased. */
export function hasFluxExtension(
  extensions: ReadonlyArray<Extension>,
): boolean {
  return extensions.some(
    e => text(e?.extensionType)?.toLowerCase() === FLUX_EXTENSION_TYPE,
  );
}

/** A password in a URL (`https://user:password@host`), which messages and URLs must not carry. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi;

function withoutPasswords(value: string | undefined): string | undefined {
  return value?.replace(URL_PASSWORD, '$1@');
}

/** A time as ARM sends it (the SDK makes a Date of it, maybe an invalid one) in ISO form. */
export function isoTime(value: unknown): string | undefined {
  let time = Number.NaN;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'string') time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

const is = (value: unknown, expected: string) =>
  typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();

/** The Ready=False condition that has failed longest, among every object's conditions. */
function longestFailing(
  statuses: ReadonlyArray<ObjectStatusDefinition | null> | null | undefined,
): ObjectStatusConditionDefinition | undefined {
  const failing = present(statuses)
    .flatMap(s => present(s.statusConditions))
    .filter(c => is(c.type, 'Ready') && is(c.status, 'False'));
  const since = (c: ObjectStatusConditionDefinition) =>
    Date.parse(isoTime(c.lastTransitionTime) ?? '') || Infinity;
  return failing.sort((a, b) => since(a) - since(b))[0];
}

function kustomizationsOf(
  kustomizations: ArmFluxConfiguration['kustomizations'] | null,
): FluxConfiguration['kustomizations'] {
  if (!kustomizations || typeof kustomizations !== 'object') return [];
  return Object.entries(kustomizations).map(([key, k]) => ({
    name: text(k?.name) ?? key,
    path: text(k?.path),
  }));
}

/** A Flux configuration with a Git source; undefined for other sources. */
export function toFluxConfiguration(
  config: ArmFluxConfiguration,
): ReadFluxConfiguration | undefined {
  const git = config.gitRepository;
  const url = text(git?.url);
  if (!url) return undefined;
  const complianceState = text(config.complianceState) || 'Unknown';
  const provisioningState = text(config.provisioningState) ?? '';
  const statusUpdatedAt = isoTime(config.statusUpdatedAt);
  const notCompliant = isNotCompliant(complianceState);
  const failing = notCompliant ? longestFailing(config.statuses) : undefined;
  const errorMessage =
    notCompliant || is(provisioningState, 'Failed')
      ? text(failing?.message) || text(config.errorMessage) || undefined
      : undefined;
  const interval = count(git?.syncIntervalInSeconds);
  return {
    id: text(config.id) ?? '',
    name: text(config.name) ?? '',
    namespace: text(config.namespace),
    scope: text(config.scope),
    url: withoutPasswords(url)!,
    repositoryKey: repositoryOf(url)?.key,
    branch: text(git?.repositoryRef?.branch),
    kustomizations: kustomizationsOf(config.kustomizations),
    syncIntervalInSeconds: Number.isInteger(interval) ? interval : undefined,
    complianceState,
    provisioningState,
    lastAppliedRevision: text(config.sourceSyncedCommitId),
    lastAppliedAt: isoTime(config.sourceUpdatedAt),
    statusUpdatedAt,
    nonCompliantSince: notCompliant
      ? isoTime(failing?.lastTransitionTime) ?? statusUpdatedAt
      : undefined,
    errorMessage: withoutPasswords(errorMessage),
  };
}
