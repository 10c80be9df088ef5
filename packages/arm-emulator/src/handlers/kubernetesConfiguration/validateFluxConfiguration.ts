import type { Shape } from '../arm/bodyShape';
import {
  checkNamespace,
  checkObjectName,
  checkOneOf,
  checkPositiveSeconds,
  checkProtectedSettingsShape,
  checkUnchanged,
  invalidValue,
  requiredValue,
} from './configurationInput';

const KUSTOMIZATION_SHAPE: Shape = {
  fields: {
    path: 'string',
    dependsOn: { array: 'string' },
    timeoutInSeconds: 'integer',
    syncIntervalInSeconds: 'integer',
    retryIntervalInSeconds: 'integer',
    prune: 'boolean',
    force: 'boolean',
    wait: 'boolean',
    postBuild: {
      fields: {
        substitute: { map: 'string' },
        substituteFrom: {
          array: {
            fields: { kind: 'string', name: 'string', optional: 'boolean' },
          },
        },
      },
    },
  },
};

/** The JSON types of a FluxConfiguration (PUT) or FluxConfigurationPatch (PATCH) body's properties. */
export const FLUX_CONFIGURATION_SHAPE: Shape = {
  fields: {
    properties: {
      fields: {
        scope: 'string',
        namespace: 'string',
        sourceKind: 'string',
        suspend: 'boolean',
        gitRepository: {
          fields: {
            url: 'string',
            timeoutInSeconds: 'integer',
            syncIntervalInSeconds: 'integer',
            repositoryRef: {
              fields: {
                branch: 'string',
                tag: 'string',
                semver: 'string',
                commit: 'string',
              },
            },
            sshKnownHosts: 'string',
            httpsUser: 'string',
            httpsCACert: 'string',
            localAuthRef: 'string',
            provider: 'string',
          },
        },
        bucket: 'object',
        azureBlob: 'object',
        ociRepository: 'object',
        kustomizations: { map: KUSTOMIZATION_SHAPE },
        // checked by checkProtectedSettings, which never quotes them
        configurationProtectedSettings: 'any',
        waitForReconciliation: 'boolean',
        reconciliationWaitDuration: 'string',
      },
    },
  },
};

const SOURCE_KINDS = ['GitRepository', 'Bucket', 'AzureBlob'];
const LATEST_SOURCE_KINDS = [...SOURCE_KINDS, 'OCIRepository'];
const OTHER_SOURCES = ['bucket', 'azureBlob', 'ociRepository'];
const HTTPS_URL = /^https?:\/\/[^/\s]+\/\S+$/i;
const SSH_URL = /^(ssh:\/\/[^/\s]+\/\S+|[^/@:\s]+@[^/:\s]+:\S+)$/i;
const COMMIT = /^[0-9a-f]{40}$/i;
const ISO_DURATION = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function checkFluxConfigurationName(name: string) {
  checkObjectName(name, 'fluxConfigurationName', 'Flux configuration name', 63);
}

/** The key a protected setting of Git credentials has, and what it needs. */
const SSH_KEY = 'sshPrivateKey';
const HTTPS_KEY = 'httpsKey';

/**
 * Checks the values of protected settings a request sends (values only
 * here: they are never kept). A message names the key, never the value.
 */
export function checkProtectedSettings(settings?: Record<string, string>) {
  checkProtectedSettingsShape(
    settings,
    'properties.configurationProtectedSettings',
  );
  const key = settings?.[SSH_KEY];
  if (key !== undefined && key !== null && !BASE64.test(key.replace(/\s/g, '')))
    throw invalidValue(
      `The protected setting '${SSH_KEY}' must be the base64 encoding of the private key.`,
      `properties.configurationProtectedSettings.${SSH_KEY}`,
    );
}

function checkGitRepository(
  git: Record<string, any> | undefined,
  protectedKeys: readonly string[],
  latest: boolean,
) {
  if (!git) throw requiredValue('properties.gitRepository');
  const at = 'properties.gitRepository';
  if (!git.url) throw requiredValue(`${at}.url`);
  const ssh = SSH_URL.test(git.url);
  if (!ssh && !HTTPS_URL.test(git.url))
    throw invalidValue(
      `The repository URL '${git.url}' is invalid: use http(s)://host/path, ssh://user@host/path or user@host:path.`,
      `${at}.url`,
    );
  const ref = git.repositoryRef ?? {};
  if (!ref.branch && !ref.tag && !ref.semver && !ref.commit)
    throw invalidValue(
      `'${at}.repositoryRef' must name a branch, tag, semver range or commit to check out.`,
      `${at}.repositoryRef`,
    );
  if (ref.commit && !COMMIT.test(ref.commit))
    throw invalidValue(
      `The commit '${ref.commit}' is not a full 40-character SHA-1.`,
      `${at}.repositoryRef.commit`,
    );
  if (ref.commit && !ref.branch)
    throw invalidValue(
      'A commit must be combined with the branch it is on.',
      `${at}.repositoryRef.branch`,
    );
  checkPositiveSeconds(
    git.syncIntervalInSeconds,
    `${at}.syncIntervalInSeconds`,
  );
  checkPositiveSeconds(git.timeoutInSeconds, `${at}.timeoutInSeconds`);
  if (latest)
    checkOneOf(
      git.provider ?? undefined,
      ['Azure', 'GitHub', 'Generic'],
      `${at}.provider`,
    );
  const protectedAt = 'properties.configurationProtectedSettings';
  if (protectedKeys.includes(SSH_KEY) && !ssh)
    throw invalidValue(
      `An SSH private key is for an SSH repository URL (ssh://... or user@host:path), not '${git.url}'.`,
      `${protectedAt}.${SSH_KEY}`,
    );
  if (git.httpsUser && ssh)
    throw invalidValue(
      `HTTPS credentials are for an HTTPS repository URL, not '${git.url}'.`,
      `${at}.httpsUser`,
    );
  if (git.httpsUser && !protectedKeys.includes(HTTPS_KEY))
    throw invalidValue(
      `'${at}.httpsUser' needs its password or token in the protected setting '${HTTPS_KEY}'.`,
      `${protectedAt}.${HTTPS_KEY}`,
    );
  if (protectedKeys.includes(HTTPS_KEY) && !git.httpsUser)
    throw invalidValue(
      `The protected setting '${HTTPS_KEY}' needs the user it belongs to in '${at}.httpsUser'.`,
      `${at}.httpsUser`,
    );
}

function checkKustomizations(kustomizations: Record<string, any> | undefined) {
  const entries = Object.entries<any>(kustomizations ?? {}).filter(
    ([, k]) => k !== null,
  );
  const names = entries.map(([name]) => name);
  for (const [name, k] of entries) {
    const at = `properties.kustomizations.${name}`;
    checkObjectName(name, at, 'Kustomization name', 63);
    (k.dependsOn ?? []).forEach((dependency: string, i: number) => {
      if (dependency === name || !names.includes(dependency))
        throw invalidValue(
          `Kustomization '${name}' depends on '${dependency}', which is not another Kustomization of this configuration (${names.join(
            ', ',
          )}).`,
          `${at}.dependsOn[${i}]`,
        );
    });
    for (const field of [
      'timeoutInSeconds',
      'syncIntervalInSeconds',
      'retryIntervalInSeconds',
    ])
      checkPositiveSeconds(k[field], `${at}.${field}`);
    (k.postBuild?.substituteFrom ?? []).forEach((from: any, i: number) => {
      const fromAt = `${at}.postBuild.substituteFrom[${i}]`;
      checkOneOf(from?.kind, ['ConfigMap', 'Secret'], `${fromAt}.kind`);
      if (!from?.kind) throw requiredValue(`${fromAt}.kind`);
      if (!from?.name) throw requiredValue(`${fromAt}.name`);
    });
  }
}

/**
 * Checks a configuration's properties as they would be stored (a PUT's, or
 * the merge of a PATCH), with the keys of its protected settings, against
 * the configuration it replaces when there is one.
 */
export function validateFluxProperties(
  props: Record<string, any>,
  protectedKeys: readonly string[],
  latest: boolean,
  existing?: Record<string, any>,
) {
  const kind = props.sourceKind ?? 'GitRepository';
  checkOneOf(
    kind,
    latest ? LATEST_SOURCE_KINDS : SOURCE_KINDS,
    'properties.sourceKind',
  );
  if (kind !== 'GitRepository')
    throw invalidValue(
      `The emulator reconciles sourceKind GitRepository only, not '${kind}'.`,
      'properties.sourceKind',
    );
  for (const other of OTHER_SOURCES) {
    if (props[other] !== undefined && props[other] !== null)
      throw invalidValue(
        `'properties.${other}' is for another sourceKind; this configuration's sourceKind is GitRepository.`,
        `properties.${other}`,
      );
  }
  checkGitRepository(props.gitRepository, protectedKeys, latest);
  checkOneOf(
    props.scope ?? undefined,
    ['cluster', 'namespace'],
    'properties.scope',
  );
  if (props.namespace) checkNamespace(props.namespace, 'properties.namespace');
  checkKustomizations(props.kustomizations);
  if (
    props.reconciliationWaitDuration &&
    !ISO_DURATION.test(props.reconciliationWaitDuration)
  )
    throw invalidValue(
      `The duration '${props.reconciliationWaitDuration}' is not an ISO 8601 duration such as PT1H, PT5M or P1D.`,
      'properties.reconciliationWaitDuration',
    );
  for (const fixed of ['scope', 'namespace']) {
    if (existing?.[fixed])
      checkUnchanged(
        existing[fixed],
        props[fixed] ?? existing[fixed],
        `properties.${fixed}`,
      );
  }
}
