import { HttpResponse } from 'msw';
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

/** An error answer as Backstage's error handler writes it. */
export const backendError = (status: number, name: string, message: string) =>
  HttpResponse.json(
    { error: { name, message }, response: { statusCode: status } },
    { status },
  );
