import { createServer, Server } from 'node:https';
import { AddressInfo } from 'node:net';
import { readKubernetesChecks } from './kubernetesChecks';

describe('readKubernetesChecks', () => {
  it('degrades to one warning, naming what was not checked, when the API server cannot be reached', async () => {
    const checks = await readKubernetesChecks(
      async () => {
        throw new Error(
          'the cluster is stopped, so its API server does not run',
        );
      },
      '1.34.3',
      '1.35.2',
    );
    expect(checks).toEqual({
      disruptionBudgets: [],
      deprecatedApis: [],
      findings: [
        expect.objectContaining({
          code: 'KubernetesApiUnreadable',
          severity: 'warning',
          message:
            'Could not read the Kubernetes API: the cluster is stopped, so its API server does not run. PodDisruptionBudgets and deprecated API use were not checked.',
        }),
      ],
    });
  });

  /** An API server over HTTPS whose certificate cannot be trusted (it has none). */
  describe('against a server that cannot be trusted', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      server = createServer({}, (_req, res) => {
        res.end('{}');
      });
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise(resolve => server.close(resolve)));

    it('says once why, on one line, and never the token', async () => {
      const checks = await readKubernetesChecks(
        async () => ({ url, token: 'secret-token', timeoutMs: 1000 }),
        '1.34.3',
        '1.35.2',
      );
      expect(checks.findings).toHaveLength(1);
      expect(checks.findings[0].message).toMatch(
        /^Could not read the Kubernetes API: .+\. PodDisruptionBudgets and deprecated API use were not checked\.$/,
      );
      expect(checks.findings[0].message).not.toContain('secret-token');
    });
  });
});
