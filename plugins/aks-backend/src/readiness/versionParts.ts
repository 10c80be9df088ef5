/** The numbers of a `major.minor[.patch]` version; NaN where a part is not a number. */
export function versionParts(version: string): {
  major: number;
  minor: number;
} {
  const [major, minor] = version.split('.').map(Number);
  return { major, minor };
}

/** How many minor versions `to` is ahead of `from` (negative when behind), or undefined across majors. */
export function minorsBetween(from: string, to: string): number | undefined {
  const a = versionParts(from);
  const b = versionParts(to);
  if (a.major !== b.major || Number.isNaN(a.minor) || Number.isNaN(b.minor)) {
    return undefined;
  }
  return b.minor - a.minor;
}

/** `1.33` plus `n` minor versions: `1.35` for n = 2. */
export function addMinors(version: string, n: number): string {
  const { major, minor } = versionParts(version);
  return `${major}.${minor + n}`;
}
