/** `1.33.2` → `1.33`. */
export function minorVersion(version: string): string {
  const patchDot = version.indexOf('.', version.indexOf('.') + 1);
  return patchDot < 0 ? version : version.slice(0, patchDot);
}

/** Orders dotted numeric versions; a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Release date encoded at the end of an AKS node image version, such as
 * `AKSUbuntu-2204gen2containerd-202405.03.0` or `AKSUbuntu:1604:2020.03.11`.
 */
function nodeImageDate(version: string): number | undefined {
  const match = /(\d{4})\.?(\d{2})\.(\d{2})(?:\.\d+)?$/.exec(version);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Days by which `current` is older than `latest`; undefined when either date cannot be read. */
export function nodeImageAgeDays(
  current: string,
  latest: string,
): number | undefined {
  const currentDate = nodeImageDate(current);
  const latestDate = nodeImageDate(latest);
  if (currentDate === undefined || latestDate === undefined) return undefined;
  return Math.round((latestDate - currentDate) / DAY_MS);
}
