import { Entity, getEntitySourceLocation } from '@backstage/catalog-model';
import gitUrlParse from 'git-url-parse';

/** A Git repository, however its URL was written. */
export interface Repository {
  /** What two URLs of the same repository share: host (lower case) and path. */
  key: string;
  /** The repository as an https URL, without credentials. */
  url: string;
}

const AZURE_DEVOPS = /(^|\.)dev\.azure\.com$/;

/**
 * The repository a Git URL names: https, `ssh://` or `git@host:path`, with
 * or without `.git`, trailing slashes or a `/tree/<branch>/…` part. Azure
 * Repos' https and ssh forms (`dev.azure.com/org/project/_git/repo`,
 * `ssh.dev.azure.com:v3/org/project/repo`) name the same repository.
 * Undefined for anything that is not a Git URL.
 */
export function repositoryOf(url: string | undefined): Repository | undefined {
  if (!url?.trim()) return undefined;
  let parsed: ReturnType<typeof gitUrlParse>;
  try {
    parsed = gitUrlParse(url.trim());
  } catch {
    return undefined;
  }
  const host = parsed.resource?.toLowerCase();
  if (!host || !parsed.full_name) return undefined;
  if (AZURE_DEVOPS.test(host) && parsed.organization && parsed.owner) {
    const path = `${parsed.organization}/${parsed.owner}/_git/${parsed.name}`;
    return {
      key: `dev.azure.com/${path}`,
      url: `https://dev.azure.com/${path}`,
    };
  }
  return {
    key: `${host}/${parsed.full_name}`,
    url: `https://${host}/${parsed.full_name}`,
  };
}

/**
 * An entity's repository: its `backstage.io/source-location`, or as
 * Backstage reads it, the location it was registered from, when that is a
 * `url:` location. Undefined without one.
 */
export function entityRepository(entity: Entity): Repository | undefined {
  let location: { type: string; target: string };
  try {
    location = getEntitySourceLocation(entity);
  } catch {
    return undefined;
  }
  return location.type === 'url' ? repositoryOf(location.target) : undefined;
}
