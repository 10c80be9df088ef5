import type {
  FluxConfiguration,
  KustomizationDefinition,
} from '@azure/arm-kubernetesconfiguration';
import { differences } from '../lib/createOrAdopt';
import { fluxRepositoryUrl, repositoryKey } from '../lib/gitRepository';
import { FluxInput } from './fluxConfigure.input';

/** A kustomization's path as Flux reads it: `./apps/` and `apps` are the same. */
const pathKey = (path?: string) =>
  (path ?? '').replace(/^\.\//, '').replace(/^\.$/, '').replace(/\/+$/, '');

export function configurationBody(input: FluxInput): FluxConfiguration {
  return {
    scope: input.scope,
    namespace: input.namespace,
    sourceKind: 'GitRepository',
    gitRepository: {
      url: fluxRepositoryUrl(input.repoUrl),
      repositoryRef: { branch: input.branch },
      syncIntervalInSeconds: input.syncIntervalInSeconds,
      localAuthRef: input.localAuthRef,
    },
    kustomizations: Object.fromEntries(
      input.kustomizations.map((k): [string, KustomizationDefinition] => [
        k.name,
        { path: k.path, prune: k.prune ?? false },
      ]),
    ),
  };
}

/** What an existing configuration differs in from the input, the repository compared as the same one however written. */
export function configurationDifferences(
  input: FluxInput,
  found: FluxConfiguration,
): string[] {
  const git = found.gitRepository;
  const kustomizations = (found.kustomizations ?? {}) as Record<
    string,
    KustomizationDefinition | null
  >;
  const sameRepository =
    git?.url !== undefined &&
    repositoryKey(git.url) === repositoryKey(input.repoUrl);
  return [
    ...(sameRepository
      ? []
      : [
          `repoUrl: wanted ${fluxRepositoryUrl(input.repoUrl)}, found ${
            git?.url ?? 'another kind of source'
          }`,
        ]),
    // Branch names are case-sensitive, unlike what `differences` compares.
    ...(git?.repositoryRef?.branch === input.branch
      ? []
      : [
          `branch: wanted ${input.branch}, found ${
            git?.repositoryRef?.branch ?? 'no branch'
          }`,
        ]),
    ...differences(
      {
        scope: input.scope,
        namespace: input.namespace,
        syncIntervalInSeconds: input.syncIntervalInSeconds,
        localAuthRef: input.localAuthRef ?? null,
        kustomizations: input.kustomizations.map(
          k => `${k.name}=${pathKey(k.path)}${k.prune ? ' (prune)' : ''}`,
        ),
      },
      {
        scope: found.scope,
        namespace: found.namespace,
        syncIntervalInSeconds: git?.syncIntervalInSeconds,
        localAuthRef: git?.localAuthRef ?? null,
        kustomizations: input.kustomizations.map(k => {
          const existing = kustomizations[k.name];
          return existing
            ? `${k.name}=${pathKey(existing.path)}${
                existing.prune ? ' (prune)' : ''
              }`
            : `${k.name} absent`;
        }),
      },
    ),
  ];
}
