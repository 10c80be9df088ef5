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
  nodePool,
  operation,
} from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
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

describe('the Kubernetes on Azure tab', () => {
  it('shows the cards and the upgrade options, control plane first', async () => {
    backend({ clusters: [cluster()] });
    await render();
    const options = within(await screen.findByLabelText('Upgrade options'));
    const lines = options.getAllByText(/^\d\./).map(l => l.textContent);
    expect(lines).toEqual([
      '1. Control plane 1.34.5: 1.35.2',
      '2. Node pool system 1.34.5: no upgrade available',
    ]);
    expect(
      screen.getByRole('columnheader', { name: 'Pool' }),
    ).toBeInTheDocument();
  });

  it('says why the upgrade options are unknown, instead of offering none', async () => {
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
    const options = within(await screen.findByLabelText('Upgrade options'));
    expect(
      options.getByText(
        'Unknown: Azure Resource Manager is unavailable for subscription x',
      ),
    ).toBeInTheDocument();
    expect(options.queryByText(/^1\. Control plane/)).toBeNull();
  });

  it('stops a cluster after saying what stopping does, and follows it to the end', async () => {
    const requests = backend({
      clusters: [cluster()],
      polls: [
        operation({ status: 'InProgress' }),
        operation({ status: 'Succeeded', endedAt: '2026-12-01T09:02:00.000Z' }),
      ],
    });
    await render();
    press('Stop cluster…');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Stop aks-payments-prod?')).toBeInTheDocument();
    expect(dialog.getByText(/workloads go down/)).toBeInTheDocument();
    expect(dialog.getByText(/Billing for the nodes stops/)).toBeInTheDocument();
    expect(requests.filter(r => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(dialog.getByRole('button', { name: 'Stop cluster' }));
    expect(
      await screen.findByText('Stopping the cluster…'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Stopping the cluster: done'),
    ).toBeInTheDocument();

    const post = requests.find(r => r.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/aks${CLUSTER}/stop`);
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
    press('Stop cluster…');
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Cancel',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.filter(r => r.method === 'POST')).toHaveLength(0);
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
    press('Start cluster…');
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

  it('scales a pool to the count entered', async () => {
    const requests = backend({ clusters: [cluster()] });
    await render();
    const pool = within(await screen.findByLabelText('Node pool system'));
    const nodes = pool.getByRole('textbox', { name: 'Nodes of system' });
    fireEvent.change(nodes, { target: { value: '5' } });
    fireEvent.blur(nodes);
    fireEvent.click(pool.getByRole('button', { name: 'Scale system…' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/from 3 to 5 nodes/)).toBeInTheDocument();
    fireEvent.click(dialog.getByRole('button', { name: 'Scale pool' }));
    expect(await screen.findByText('Scaling system: done')).toBeInTheDocument();
    const post = requests.find(r => r.method === 'POST')!;
    expect(post.url.pathname).toBe(
      `/api/aks${CLUSTER}/node-pools/system/scale`,
    );
    expect(post.body).toEqual({ count: 5 });
  });

  it('upgrades the node image of a pool that is behind', async () => {
    const requests = backend({
      clusters: [
        cluster({
          nodePools: [
            nodePool({
              latestNodeImageVersion: 'AKSAzureLinux-V3gen2-202611.01.0',
            }),
          ],
        }),
      ],
    });
    await render();
    press('Upgrade node image of system…');
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      dialog.getByText(/re-imaged to AKSAzureLinux-V3gen2-202611.01.0/),
    ).toBeInTheDocument();
    fireEvent.click(dialog.getByRole('button', { name: 'Upgrade node image' }));
    expect(
      await screen.findByText('Upgrading the node image of system: done'),
    ).toBeInTheDocument();
    expect(requests.find(r => r.method === 'POST')!.url.pathname).toBe(
      `/api/aks${CLUSTER}/node-pools/system/upgrade-node-image`,
    );
  });
});
