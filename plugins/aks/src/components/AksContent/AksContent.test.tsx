import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { mockApis } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import type { AksOperation } from '@aks-backstage/plugin-aks-common';
import { aksApiRef, AksClient } from '../../api';
import {
  annotated,
  cluster,
  ENTITY_REF,
  entityClusters,
  finding,
  nodePool,
  operation,
} from '../../__testUtils__/fixtures';
import {
  maintenance,
  readiness,
} from '../../__testUtils__/maintenanceFixtures';
import { entityReadsBackend } from '../../__testUtils__/entityReadFixtures';
import {
  aksUrl,
  backendError,
  setupAksBackend,
} from '../../__testUtils__/mswServer';
import { AksContent } from './AksContent';

const server = setupAksBackend();
const CLUSTER =
  '/clusters/6f1a2b3c-0000-4000-8000-000000000001/rg-payments-prod/aks-payments-prod';

const aksClient = new AksClient({
  discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

/** The backend as a conditionally-permitted user meets it: only through the entity. */
function backend(options: {
  clusters: ReturnType<typeof cluster>[];
  polls?: AksOperation[];
}) {
  const requests: Array<{ method: string; url: URL; body?: unknown }> = [];
  const polls = [...(options.polls ?? [])];
  const throughEntity = (url: URL) =>
    url.searchParams.get('entityRef') === ENTITY_REF;
  entityReadsBackend(server);
  server.use(
    http.all(aksUrl('/*'), async ({ request }) => {
      const url = new URL(request.url);
      const body = request.method === 'POST' ? await request.text() : undefined;
      requests.push({
        method: request.method,
        url,
        body: body && JSON.parse(body),
      });
      return undefined;
    }),
    http.get(aksUrl('/entities/component/default/payments-api/clusters'), () =>
      HttpResponse.json(
        entityClusters(
          ...options.clusters.map(c => ({ clusterId: c.id, cluster: c })),
        ),
      ),
    ),
    http.get(aksUrl(`${CLUSTER}/maintenance`), () =>
      HttpResponse.json(maintenance()),
    ),
    http.get(aksUrl(`${CLUSTER}/upgrade-readiness`), () =>
      HttpResponse.json(readiness()),
    ),
    http.post(aksUrl(`${CLUSTER}/*`), ({ request }) =>
      throughEntity(new URL(request.url))
        ? HttpResponse.json(operation({ status: 'InProgress' }), {
            status: 202,
          })
        : HttpResponse.json(
            { error: { name: 'NotAllowedError', message: 'no' } },
            { status: 403 },
          ),
    ),
    http.get(aksUrl('/operations/:id'), ({ request }) =>
      throughEntity(new URL(request.url))
        ? HttpResponse.json(polls.shift() ?? operation({ status: 'Succeeded' }))
        : HttpResponse.json(
            { error: { name: 'NotAllowedError', message: 'no' } },
            { status: 403 },
          ),
    ),
  );
  return requests;
}

function render(allowed = true) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aksApiRef, aksClient],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          }),
        ],
      ]}
    >
      <EntityProvider entity={annotated('aks-payments-prod')}>
        <AksContent pollMs={5} />
      </EntityProvider>
    </TestApiProvider>,
  );
}

const press = (name: string | RegExp) =>
  fireEvent.click(screen.getByRole('button', { name }));

const posts = (requests: ReturnType<typeof backend>) =>
  requests.filter(r => r.method === 'POST');

async function openPoolMenu(pool: string) {
  fireEvent.click(
    await screen.findByRole('button', { name: `Actions of node pool ${pool}` }),
  );
  await screen.findByRole('menuitem', { name: 'Scale…' });
  return screen;
}

describe('the AKS clusters tab', () => {
  it('leads with problems, then the essentials, node pools, upgrades, maintenance, networking and notes', async () => {
    backend({
      clusters: [
        cluster({
          health: {
            status: 'degraded',
            warnings: [
              finding(),
              finding({
                code: 'FreeTierNoSla',
                severity: 'info',
                title: 'No uptime SLA',
                message: 'The Free tier has no uptime SLA.',
                remedy: 'Run `az aks update --tier standard`.',
                nodePool: undefined,
              }),
            ],
          },
        }),
      ],
    });
    await render();
    const section = within(
      await screen.findByRole('region', { name: 'aks-payments-prod' }),
    );
    expect(
      section.getByRole('status', { name: 'Health: Degraded' }),
    ).toBeInTheDocument();
    const headings = section.getAllByRole('heading').map(h => h.textContent);
    expect(headings).toEqual([
      'aks-payments-prod',
      'Node pools',
      'Upgrades',
      'Maintenance',
      'GitOps',
      'Workload identity',
      'Networking',
      'Notes',
    ]);
    const problems = within(
      section.getByRole('list', { name: 'Problems of aks-payments-prod' }),
    );
    expect(problems.getByText('Autoscaler at maximum')).toBeInTheDocument();
    expect(problems.queryByText('No uptime SLA')).toBeNull();
    const notes = within(
      section.getByRole('list', { name: 'Notes on aks-payments-prod' }),
    );
    expect(
      notes.getByRole('button', { name: 'Copy command' }),
    ).toBeInTheDocument();
    expect(
      notes.getByText('az aks update --tier standard'),
    ).toBeInTheDocument();

    const essentials = within(
      section.getByLabelText('Essentials of aks-payments-prod'),
    );
    const fact = (label: string) =>
      essentials.getByText(label).closest('div')!.querySelector('dd')!
        .textContent;
    expect(fact('Region')).toBe('West Europe');
    expect(fact('Support')).toBe('Supported until Nov 30, 2027');
    expect(fact('Support plan')).toBe('Community support');
    expect(fact('Nodes')).toBe('3 nodes in 1 pool');
    expect(fact('Node OS upgrades')).toBe('Node image');
    expect(fact('Identity')).toBe('System-assigned managed identity');
    expect(
      essentials.getByRole('button', { name: 'Copy API server address' }),
    ).toBeInTheDocument();

    const upgrades = within(
      section.getByLabelText('Upgrades of aks-payments-prod'),
    );
    expect(upgrades.getByText('Control plane, now 1.34.5')).toBeInTheDocument();
    expect(upgrades.getByText('1.35.2')).toBeInTheDocument();
    expect(upgrades.getByText('None available')).toBeInTheDocument();
    expect(
      section.getByLabelText('Networking of aks-payments-prod'),
    ).toHaveTextContent('Azure CNI Overlay');
  });

  it('says why the upgrades are unknown, instead of offering none', async () => {
    const base = cluster();
    backend({
      clusters: [
        {
          ...base,
          upgrades: {
            ...base.upgrades,
            controlPlaneProfile: {
              ...base.upgrades.controlPlaneProfile,
              upgrades: [],
            },
            unknown: 'Azure Resource Manager is unavailable for subscription x',
          },
        },
      ],
    });
    await render();
    expect(
      await screen.findByText(
        'Upgrades are unknown: Azure Resource Manager is unavailable for subscription x',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade…' })).toBeDisabled();
  });

  it('puts Refresh first and Stop last, and disables what has nothing to do', async () => {
    backend({ clusters: [cluster()] });
    await render();
    const bar = within(
      await screen.findByRole('toolbar', {
        name: 'Actions of aks-payments-prod',
      }),
    );
    const buttons = bar.getAllByRole('button');
    expect(buttons.map(b => b.textContent)).toEqual([
      'Refresh',
      'Start…',
      'Upgrade…',
      'Stop…',
    ]);
    expect(buttons.map(b => b.hasAttribute('disabled'))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('stops a cluster after saying what stopping does, shows "Stopping…" and follows it to the end', async () => {
    const requests = backend({
      clusters: [cluster()],
      polls: [
        operation({ status: 'InProgress' }),
        operation({ status: 'Succeeded', endedAt: '2026-12-01T09:02:00.000Z' }),
      ],
    });
    await render();
    await screen.findByRole('toolbar');
    press('Stop…');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Stop aks-payments-prod?')).toBeInTheDocument();
    expect(dialog.getByText(/workloads go down/)).toBeInTheDocument();
    expect(dialog.getByText(/Billing for the nodes stops/)).toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);

    fireEvent.click(dialog.getByRole('button', { name: 'Stop cluster' }));
    expect(
      await screen.findByRole('status', { name: 'Health: Stopping…' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop…' })).toBeDisabled();
    expect(
      await screen.findByText('Stopping the cluster: done'),
    ).toBeInTheDocument();

    expect(posts(requests)[0].url.pathname).toBe(`/api/aks${CLUSTER}/stop`);
    const polled = requests.filter(r =>
      r.url.pathname.startsWith('/api/aks/operations/'),
    );
    expect(polled.length).toBeGreaterThanOrEqual(2);
    expect(
      requests.every(
        r =>
          r.url.pathname.includes('/entities/') ||
          r.url.searchParams.get('entityRef') === ENTITY_REF,
      ),
    ).toBe(true);
    // The clusters are read again once the operation ended.
    await waitFor(() =>
      expect(
        requests.filter(r => r.url.pathname.endsWith('/clusters')).length,
      ).toBe(2),
    );
  });

  it('cancels without starting anything', async () => {
    const requests = backend({ clusters: [cluster()] });
    await render();
    await screen.findByRole('toolbar');
    press('Stop…');
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Cancel',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(requests)).toHaveLength(0);
  });

  it("shows Azure's error when the operation fails", async () => {
    backend({
      clusters: [cluster({ powerState: 'Stopped' })],
      polls: [
        operation({
          kind: 'start',
          status: 'Failed',
          error: {
            code: 'QuotaExceeded',
            message: 'Not enough cores in westeurope.',
          },
        }),
      ],
    });
    await render();
    await screen.findByRole('toolbar');
    expect(screen.getByRole('button', { name: 'Stop…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Upgrade…' })).toBeDisabled();
    press('Start…');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/nodes are billed again/)).toBeInTheDocument();
    fireEvent.click(dialog.getByRole('button', { name: 'Start cluster' }));
    expect(
      await screen.findByText('Starting the cluster: failed'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Azure reported QuotaExceeded: Not enough cores in westeurope.',
      ),
    ).toBeInTheDocument();
  });

  it("says in the server's words why an operation could not start", async () => {
    backend({ clusters: [cluster()] });
    server.use(
      http.post(aksUrl(`${CLUSTER}/stop`), () =>
        backendError(
          409,
          'ConflictError',
          'Operation 0b6f5a3e is still upgrading aks-payments-prod',
        ),
      ),
    );
    await render();
    await screen.findByRole('toolbar');
    press('Stop…');
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Stop cluster',
      }),
    );
    expect(
      await screen.findByText('Stopping the cluster failed to start'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Operation 0b6f5a3e is still upgrading aks-payments-prod',
      ),
    ).toBeInTheDocument();
  });

  it('upgrades to the newest stable version unless a preview is chosen', async () => {
    const base = cluster();
    const requests = backend({
      clusters: [
        {
          ...base,
          upgrades: {
            ...base.upgrades,
            controlPlaneProfile: {
              kubernetesVersion: '1.34.5',
              upgrades: [
                { kubernetesVersion: '1.35.2', isPreview: false },
                { kubernetesVersion: '1.36.0', isPreview: true },
                { kubernetesVersion: '1.35.0', isPreview: false },
              ],
            },
          },
        },
      ],
    });
    await render();
    await screen.findByRole('toolbar');
    press('Upgrade…');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Upgrade aks-payments-prod')).toBeInTheDocument();
    expect(
      await dialog.findByText(/moves from 1.34.5 to 1.35.2/),
    ).toBeInTheDocument();
    await dialog.findByText('Nothing stands in the way.');
    fireEvent.click(dialog.getByRole('button', { name: 'Upgrade' }));
    expect(
      await screen.findByText('Upgrading to Kubernetes 1.35.2: done'),
    ).toBeInTheDocument();
    expect(posts(requests)[0].url.pathname).toBe(`/api/aks${CLUSTER}/upgrade`);
    expect(posts(requests)[0].body).toEqual({ kubernetesVersion: '1.35.2' });
  });

  it('scales a pool through its menu, once the count differs', async () => {
    const requests = backend({ clusters: [cluster()] });
    await render();
    const menu = await openPoolMenu('system');
    fireEvent.click(menu.getByRole('menuitem', { name: 'Scale…' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByRole('button', { name: 'Confirm' })).toBeDisabled();
    const nodes = dialog.getByRole('textbox', { name: 'Nodes' });
    fireEvent.change(nodes, { target: { value: '5' } });
    fireEvent.blur(nodes);
    expect(await dialog.findByText(/from 3 to 5 nodes/)).toBeInTheDocument();
    fireEvent.click(dialog.getByRole('button', { name: 'Scale pool' }));
    expect(await screen.findByText('Scaling system: done')).toBeInTheDocument();
    expect(posts(requests)[0].url.pathname).toBe(
      `/api/aks${CLUSTER}/node-pools/system/scale`,
    );
    expect(posts(requests)[0].body).toEqual({ count: 5 });
  });

  it('offers a node image upgrade only to a pool that is behind', async () => {
    const requests = backend({
      clusters: [
        cluster({
          nodePools: [
            nodePool(),
            nodePool({
              name: 'user',
              mode: 'User',
              latestNodeImageVersion: 'AKSAzureLinux-V3gen2-202611.01.0',
            }),
          ],
        }),
      ],
    });
    await render();
    const current = await openPoolMenu('system');
    expect(
      current.getByRole('menuitem', { name: 'Upgrade node image…' }),
    ).toHaveAttribute('aria-disabled', 'true');
    fireEvent.keyDown(current.getByRole('menuitem', { name: 'Scale…' }), {
      key: 'Escape',
    });
    await waitFor(() => expect(screen.queryByRole('menuitem')).toBeNull());

    const behind = await openPoolMenu('user');
    fireEvent.click(
      behind.getByRole('menuitem', { name: 'Upgrade node image…' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      dialog.getByText(/re-imaged to AKSAzureLinux-V3gen2-202611.01.0/),
    ).toBeInTheDocument();
    fireEvent.click(dialog.getByRole('button', { name: 'Upgrade node image' }));
    expect(
      await screen.findByText('Upgrading the node image of user: done'),
    ).toBeInTheDocument();
    expect(posts(requests)[0].url.pathname).toBe(
      `/api/aks${CLUSTER}/node-pools/user/upgrade-node-image`,
    );
  });
});
