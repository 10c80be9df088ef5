import type { ArmResponse } from '../armRequest';
import {
  apiGroup,
  coreVersions,
  groupList,
  resourceList,
} from './apiResources';
import { ok } from './kubernetesStatus';

/** The discovery documents under `/api` and `/apis`, or undefined for any other path. */
export function discovery(
  rest: string[],
  baseUrl: string,
): ArmResponse | undefined {
  const [root, group, version] = rest;
  if (root === 'api' && rest.length === 1)
    return ok(coreVersions(new URL(baseUrl).host));
  if (root === 'api' && rest.length === 2)
    return rest[1] === 'v1' ? ok(resourceList('', 'v1')) : undefined;
  if (root === 'apis' && rest.length === 1) return ok(groupList());
  if (root === 'apis' && rest.length === 2) {
    const body = apiGroup(group);
    return body ? ok(body) : undefined;
  }
  if (root === 'apis' && rest.length === 3) {
    const body = resourceList(group, version);
    return body ? ok(body) : undefined;
  }
  return undefined;
}

/** `GET /version` of an API server on a Kubernetes version. */
export function versionInfo(kubernetesVersion: string) {
  const [major, minor] = kubernetesVersion.split('.');
  return {
    major,
    minor,
    gitVersion: `v${kubernetesVersion}`,
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.24.9',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
