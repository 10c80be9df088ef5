/** Api-versions newest first, as ARM lists them in a provider's resource types. */
export function newestFirst(versions: readonly string[]): readonly string[] {
  return [...new Set(versions)].sort((a, b) => (a < b ? 1 : -1));
}

/** The versions from `first` on (api-versions are dates, so they sort as text). */
export function since(
  versions: readonly string[],
  first: string,
): readonly string[] {
  return versions.filter(v => v >= first);
}
