import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { renderResource } from '../arm/renderResource';
import { deepClone } from '../../util/random';
import {
  FLUX_CONFIGURATION_TYPE,
  FLUX_LATEST_API_VERSION,
  modelSince,
} from './kubernetesConfigurationTypes';
import { definedEntries } from './configurationInput';
import { observedFluxStatus } from './fluxStatus';

export const fluxConfigurationIdOf = (clusterId: string, name: string) =>
  `${clusterId}/providers/${FLUX_CONFIGURATION_TYPE}/${name}`;

/** Flux's default interval, timeout and Kustomization settings, as the specs declare them. */
const DEFAULT_SECONDS = 600;

const GIT_FIELDS = [
  'url',
  'timeoutInSeconds',
  'syncIntervalInSeconds',
  'sshKnownHosts',
  'httpsUser',
  'httpsCACert',
  'localAuthRef',
  'provider',
];
const KUSTOMIZATION_FIELDS = [
  'path',
  'dependsOn',
  'timeoutInSeconds',
  'syncIntervalInSeconds',
  'retryIntervalInSeconds',
  'prune',
  'force',
  'wait',
  'postBuild',
];

function kustomization(name: string, input: Record<string, any>) {
  return {
    name,
    path: '',
    dependsOn: [],
    timeoutInSeconds: DEFAULT_SECONDS,
    syncIntervalInSeconds: DEFAULT_SECONDS,
    prune: false,
    force: false,
    wait: true,
    ...definedEntries(input, KUSTOMIZATION_FIELDS),
  };
}

/**
 * The properties the service keeps of a valid configuration: its writable
 * properties with the specs' defaults. Protected settings are write-only and
 * are not kept (only which keys were set, to check credentials against the
 * URL); read-only properties a client sends are ignored.
 */
export function storedFluxProperties(
  input: Record<string, any>,
): Record<string, any> {
  const git = input.gitRepository ?? {};
  return {
    scope: input.scope ?? 'cluster',
    namespace: input.namespace ?? 'default',
    sourceKind: input.sourceKind ?? 'GitRepository',
    suspend: input.suspend ?? false,
    gitRepository: {
      timeoutInSeconds: DEFAULT_SECONDS,
      syncIntervalInSeconds: DEFAULT_SECONDS,
      ...definedEntries(git, GIT_FIELDS),
      repositoryRef: definedEntries(git.repositoryRef, [
        'branch',
        'tag',
        'semver',
        'commit',
      ]),
    },
    kustomizations: Object.fromEntries(
      Object.entries<any>(input.kustomizations ?? {})
        .filter(([, k]) => k !== null)
        .map(([name, k]) => [name, kustomization(name, k)]),
    ),
    ...definedEntries(input, [
      'waitForReconciliation',
      'reconciliationWaitDuration',
    ]),
  };
}

/** The writable properties of a stored configuration, as a patch merges into them. */
export function writableFluxProperties(
  record: StoredResource,
): Record<string, any> {
  const { provisioningState: _state, ...writable } = deepClone(
    record.body.properties ?? {},
  );
  return writable;
}

/** A FluxConfiguration as a GET at the api-version returns it, its status read from the clock. */
export function renderFluxConfiguration(
  ctx: EmulatorContext,
  record: StoredResource,
  apiVersion: string | null,
): Record<string, any> {
  const props = deepClone(record.body.properties ?? {});
  if (!modelSince(apiVersion, FLUX_LATEST_API_VERSION) && props.gitRepository)
    delete props.gitRepository.provider;
  return renderResource(record, FLUX_CONFIGURATION_TYPE, {
    properties: { ...props, ...observedFluxStatus(ctx, record) },
  });
}
