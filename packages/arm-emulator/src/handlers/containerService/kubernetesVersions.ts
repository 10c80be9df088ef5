/** AKS support plans. */
export type SupportPlan = 'KubernetesOfficial' | 'AKSLongTermSupport';

interface MinorRelease {
  version: string;
  supportPlans: SupportPlan[];
  patches: string[];
  isDefault?: boolean;
  isPreview?: boolean;
}

/** The versions AKS offers in every region (a late-2026 picture). 1.32 lives on only under LTS. */
const MINOR_RELEASES: MinorRelease[] = [
  {
    version: '1.32',
    supportPlans: ['AKSLongTermSupport'],
    patches: ['1.32.7', '1.32.9', '1.32.11'],
  },
  {
    version: '1.33',
    supportPlans: ['KubernetesOfficial', 'AKSLongTermSupport'],
    patches: ['1.33.5', '1.33.6', '1.33.8'],
  },
  {
    version: '1.34',
    supportPlans: ['KubernetesOfficial', 'AKSLongTermSupport'],
    patches: ['1.34.2', '1.34.3', '1.34.5'],
    isDefault: true,
  },
  {
    version: '1.35',
    supportPlans: ['KubernetesOfficial', 'AKSLongTermSupport'],
    patches: ['1.35.0', '1.35.1', '1.35.2'],
  },
  {
    version: '1.36',
    supportPlans: ['KubernetesOfficial'],
    patches: ['1.36.0'],
    isPreview: true,
  },
];

export function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** Numeric comparison of dotted versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** How many minor versions b is ahead of a (negative when behind). */
export function minorDistance(a: string, b: string): number {
  return Number(b.split('.')[1]) - Number(a.split('.')[1]);
}

function releaseOf(version: string): MinorRelease | undefined {
  return MINOR_RELEASES.find(r => r.version === minorOf(version));
}

export function isPreviewVersion(version: string): boolean {
  return releaseOf(version)?.isPreview ?? false;
}

/** True when the exact patch version is offered under the plan. */
export function isOffered(version: string, plan: SupportPlan): boolean {
  const release = releaseOf(version);
  return (
    !!release &&
    release.supportPlans.includes(plan) &&
    release.patches.includes(version)
  );
}

export function defaultVersion(): string {
  const release = MINOR_RELEASES.find(r => r.isDefault)!;
  return release.patches[release.patches.length - 1];
}

/** Turns '' (default), '1.34' (latest patch) or '1.34.3' into a patch version, or undefined when unknown. */
export function resolveVersion(
  requested: string | undefined,
): string | undefined {
  if (!requested) return defaultVersion();
  const release = releaseOf(requested);
  if (!release) return undefined;
  if (requested === release.version)
    return release.patches[release.patches.length - 1];
  return release.patches.includes(requested) ? requested : undefined;
}

/** Versions a control plane on `current` may move to: later patches and the next minor; from an unsupported version, the oldest supported minor. */
export function upgradesFrom(current: string, plan: SupportPlan): string[] {
  const eligible = MINOR_RELEASES.filter(r => r.supportPlans.includes(plan));
  const laterPatches = (r: MinorRelease) =>
    r.patches.filter(p => compareVersions(p, current) > 0);
  if (!isOffered(current, plan)) {
    const target = eligible.find(
      r => compareVersions(r.version, minorOf(current)) > 0,
    );
    return target ? laterPatches(target) : [];
  }
  const same = eligible.find(r => r.version === minorOf(current))!;
  const next = eligible.find(r => minorDistance(current, r.version) === 1);
  return [...laterPatches(same), ...(next ? next.patches : [])];
}

/** The ManagedClusters_ListKubernetesVersions body. */
export function kubernetesVersionList() {
  return {
    values: MINOR_RELEASES.map(release => {
      const entry: Record<string, unknown> = {
        version: release.version,
        capabilities: { supportPlan: release.supportPlans },
        patchVersions: Object.fromEntries(
          release.patches.map(patch => [
            patch,
            {
              upgrades: [
                ...new Set(
                  release.supportPlans.flatMap(plan =>
                    upgradesFrom(patch, plan),
                  ),
                ),
              ].sort(compareVersions),
            },
          ]),
        ),
      };
      if (release.isDefault) entry.isDefault = true;
      if (release.isPreview) entry.isPreview = true;
      return entry;
    }),
  };
}
