import type { KubernetesVersionInfo } from '@aks-backstage/plugin-aks-common';
import type { Choice } from './PickerField';

const newestFirst = (a: string, b: string) =>
  b.localeCompare(a, 'en', { numeric: true });

/**
 * The version AKS creates a cluster with when none is given: the newest
 * patch of the minor the location marks `isDefault`.
 */
export function defaultKubernetesVersion(
  versions: KubernetesVersionInfo[],
): string | undefined {
  return versions
    .find(minor => minor.isDefault)
    ?.patchVersions.map(patch => patch.version)
    .sort(newestFirst)[0];
}

/**
 * The patch versions of a location as choices: the default first, then the
 * generally available ones, newest first, then the previews.
 */
export function kubernetesVersionChoices(
  versions: KubernetesVersionInfo[],
): Choice[] {
  const defaultVersion = defaultKubernetesVersion(versions);
  const choices = versions.flatMap(minor =>
    minor.patchVersions.map(({ version }) => ({
      preview: minor.isPreview,
      choice: {
        id: version,
        label: version,
        description:
          [
            version === defaultVersion && 'the default',
            minor.isPreview && 'preview',
            !minor.supportPlans.includes('KubernetesOfficial') &&
              'long-term support only',
          ]
            .filter(Boolean)
            .join(', ') || undefined,
      },
    })),
  );
  return choices
    .sort(
      (a, b) =>
        Number(a.preview) - Number(b.preview) ||
        Number(b.choice.id === defaultVersion) -
          Number(a.choice.id === defaultVersion) ||
        newestFirst(a.choice.id, b.choice.id),
    )
    .map(({ choice }) => choice);
}
