/** `git@host:path`, the scp-like form of an SSH URL, which Flux takes only as ssh://git@host/path. */
const SCP_LIKE = /^([A-Za-z0-9._-]+)@([A-Za-z0-9.-]+):(?!\/)(\S+)$/;

/**
 * Why a repository URL cannot be given to Flux, in words that never repeat
 * the URL (it may carry a token); undefined when it can.
 */
export function repositoryUrlProblem(value: string): string | undefined {
  if (SCP_LIKE.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an https:// or ssh:// git URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'ssh:') {
    return 'must be an https:// or ssh:// git URL';
  }
  if (url.password || (url.protocol === 'https:' && url.username)) {
    return 'must not carry credentials; give localAuthRef, a secret in the cluster, instead';
  }
  if (url.search || url.hash) return 'must have no query or fragment';
  if (!url.hostname || url.pathname.replace(/\/+$/, '') === '') {
    return "must name a host and the repository's path";
  }
  return undefined;
}

/** The URL as Flux takes it: the scp-like form becomes ssh://user@host/path. */
export function fluxRepositoryUrl(value: string): string {
  const scp = SCP_LIKE.exec(value);
  return scp ? `ssh://${scp[1]}@${scp[2]}/${scp[3]}` : value;
}

/**
 * A repository's identity across the ways of writing its URL: host (lower
 * case) and path, whatever the scheme, user or port, without a trailing
 * `.git`, trailing slashes, or a `/tree/<branch>/…` of a browser's URL.
 */
export function repositoryKey(value: string): string | undefined {
  try {
    const url = new URL(fluxRepositoryUrl(value.replace(/^url:/, '')));
    const path = decodeURIComponent(url.pathname)
      .replace(/\/tree\/.*$/, '')
      .replace(/\/+$/, '')
      .replace(/\.git$/, '');
    return `${url.hostname.toLowerCase()}${path}`;
  } catch {
    return undefined;
  }
}
