/** When a repository could not be reached: from `since`, until `until` (open while it still cannot). */
interface Outage {
  since: number;
  until?: number;
}

/** Whether the repository is out at a moment. */
export const covers = (outage: Outage, at: number) =>
  at >= outage.since && (outage.until === undefined || at < outage.until);

/** The form of a repository URL outages are kept under: as given, trimmed, without trailing slashes, in lower case. */
export const repositoryKey = (url: string) =>
  url.trim().replace(/\/+$/, '').toLowerCase();

/**
 * Git repositories the clusters' Flux controllers cannot reach, and since
 * when, on the emulator's clock. Past outages are kept, so a configuration's
 * history reads the same whenever it is read.
 */
export class GitRepositoryReachability {
  readonly #outages = new Map<string, { url: string; outages: Outage[] }>();

  /** The repository cannot be reached from `since` on (a no-op while it already cannot). */
  markUnreachable(url: string, since: number): void {
    const key = repositoryKey(url);
    if (!key) throw new Error('Name the repository: a url is required.');
    const entry = this.#outages.get(key) ?? { url: url.trim(), outages: [] };
    this.#outages.set(key, entry);
    const last = entry.outages[entry.outages.length - 1];
    if (last && last.until === undefined) return;
    entry.outages.push({ since });
  }

  /** The repository can be reached again from `at` on; false when it could already. */
  markReachable(url: string, at: number): boolean {
    const last = this.#outages.get(repositoryKey(url))?.outages.at(-1);
    if (!last || last.until !== undefined) return false;
    last.until = Math.max(at, last.since);
    return true;
  }

  /** Every repository that cannot be reached at `at`, as it was marked. */
  unreachable(at: number): string[] {
    return [...this.#outages.values()]
      .filter(e => e.outages.some(o => covers(o, at)))
      .map(e => e.url);
  }

  /** The repository's outages, oldest first. */
  outagesOf(url: string): readonly Outage[] {
    return this.#outages.get(repositoryKey(url))?.outages ?? [];
  }
}
