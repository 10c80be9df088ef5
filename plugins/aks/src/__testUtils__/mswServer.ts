import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { setupServer } from 'msw/node';

/** One msw server per test file, reset between tests. */
export function setupAksBackend() {
  const server = setupServer();
  registerMswTestHooks(server);
  return server;
}

/** Matches AKS backend paths whatever the discovered base URL. */
export const aksUrl = (path: string) => `*/api/aks${path}`;
