import './__testUtils__/wideScreen';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { http, HttpResponse } from 'msw';
import aksPlugin from '../../alpha';
import { aksApiRef, AksClient } from '../../api';
import { annotated } from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import {
  fleetBackend as backend,
  legacy,
  withHealth,
} from './__testUtils__/fleetBackend';
import { clusterSummary } from '../../__testUtils__/fixtures';
import { FleetPage } from './FleetPage';

const server = setupAksBackend();
/** Sorting and filtering re-render a table; a loaded CI machine takes its time. */
const SLOW = { timeout: 10_000 };

const fleetBackend = (
  clusters: Parameters<typeof backend>[1],
  options?: Parameters<typeof backend>[2],
) => backend(server, clusters, options);

function render() {
  const ledger = annotated('aks-legacy');
  renderTestApp({
    extensions: [
      aksPlugin.getExtension('api:aks'),
      aksPlugin.getExtension('page:aks'),
    ],
    initialRouteEntries: ['/aks'],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    apis: [
      catalogApiMock({
        entities: [
          { ...ledger, metadata: { ...ledger.metadata, name: 'ledger-batch' } },
        ],
      }),
    ],
  });
}

/** The cluster names in the order the table shows them. */
const names = () =>
  screen
    .getAllByRole('rowheader')
    .map(cell => cell.querySelector('span')?.textContent);

const counter = (text: string) => screen.findByText(text, undefined, SLOW);

describe('the fleet page', () => {
  it('reads every page of the fleet, not just the first', async () => {
    const many = Array.from({ length: 1199 }, (_, i) =>
      clusterSummary(`aks-${String(i).padStart(4, '0')}`),
    );
    const seen = fleetBackend([...many, legacy]);
    render();
    expect(
      await screen.findByText('1200 of 1200 clusters', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(seen.map(u => u.searchParams.get('cursor'))).toEqual([
      null,
      '500',
      '1000',
    ]);
    expect(seen.every(u => u.searchParams.get('limit') === '500')).toBe(true);
    expect(
      screen.getByText('Read from Azure Dec 1, 2026, 9:00 AM UTC'),
    ).toBeInTheDocument();
  }, 30_000);

  it('shows health with the worst problem, support, region and catalog entities', async () => {
    fleetBackend([clusterSummary('aks-payments-prod'), legacy]);
    render();
    const row = (await screen.findByText('aks-legacy')).closest(
      '[role="row"]',
    ) as HTMLElement;
    const cells = within(row);
    expect(
      cells.getByRole('status', { name: 'Health: Unhealthy' }),
    ).toBeInTheDocument();
    expect(cells.getByText('Out of support')).toBeInTheDocument();
    expect(
      cells.getByText('Out of support since Aug 22, 2025'),
    ).toBeInTheDocument();
    expect(cells.getByText('North Europe')).toBeInTheDocument();
    expect(cells.getByRole('link', { name: /ledger-batch/ })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Region' })).toBeVisible();
    expect(screen.queryByRole('columnheader', { name: 'Location' })).toBeNull();
  });

  it('opens with the worst health first, ties by name, and sorts by a column', async () => {
    fleetBackend([
      withHealth('aks-fine', 'healthy'),
      withHealth('aks-off', 'stopped'),
      withHealth('aks-moving', 'updating'),
      withHealth('aks-unsure', 'unknown'),
      withHealth('aks-weak-b', 'degraded'),
      withHealth('aks-weak-a', 'degraded'),
      legacy,
    ]);
    render();
    await screen.findByText('aks-legacy', undefined, SLOW);
    expect(names()).toEqual([
      'aks-legacy',
      'aks-weak-a',
      'aks-weak-b',
      'aks-unsure',
      'aks-moving',
      'aks-off',
      'aks-fine',
    ]);

    fireEvent.click(screen.getByRole('columnheader', { name: /Cluster/ }));
    await waitFor(() => expect(names()[0]).toBe('aks-fine'), SLOW);
  }, 30_000);

  it('counts the clusters shown after a search, of the whole fleet', async () => {
    fleetBackend([clusterSummary('aks-b'), clusterSummary('aks-a'), legacy]);
    render();
    expect(await counter('3 of 3 clusters')).toBeInTheDocument();
    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search clusters' }),
      { target: { value: 'aks-b' } },
    );
    await waitFor(() => expect(names()).toEqual(['aks-b']), SLOW);
    expect(screen.getByText('1 of 3 clusters')).toBeInTheDocument();
  });

  it('asks the backend for the health chosen, counts it, and clears it', async () => {
    const seen = fleetBackend([
      clusterSummary('aks-a'),
      clusterSummary('aks-b'),
      legacy,
    ]);
    render();
    await counter('3 of 3 clusters');
    fireEvent.click(screen.getByRole('button', { name: /Health/ }));
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual([
      'Any health',
      'Unhealthy',
      'Degraded',
      'Unknown',
      'Updating',
      'Stopped',
      'Healthy',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'Unhealthy' }));
    expect(await counter('1 of 3 clusters')).toBeInTheDocument();
    expect(seen.at(-1)?.searchParams.get('health')).toBe('unhealthy');
    expect(names()).toEqual(['aks-legacy']);

    fireEvent.click(screen.getByRole('button', { name: /Health/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Any health' }));
    expect(await counter('3 of 3 clusters')).toBeInTheDocument();
    expect(seen.at(-1)?.searchParams.get('health')).toBeNull();
  }, 30_000);

  it('names the support and subscription filters in words, each clearable', async () => {
    fleetBackend([clusterSummary('aks-a')]);
    render();
    await counter('1 of 1 cluster');
    fireEvent.click(screen.getByRole('button', { name: /Support/ }));
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual([
      'Any support',
      'Supported',
      'LTS only',
      'Out of support',
      'Unknown',
    ]);
    fireEvent.keyDown(screen.getAllByRole('option')[0], { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: /Subscription/ }));
    expect(
      (await screen.findAllByRole('option')).map(option => option.textContent),
    ).toEqual(['Any subscription', 'Contoso Production']);
  });

  it('shows each cluster’s auto-upgrade channel in words and its next window, and finds those that auto-upgrade without one', async () => {
    const seen = fleetBackend([
      clusterSummary('aks-windowed', {
        upgradeChannel: 'patch',
        nextMaintenance: '2026-12-12T23:00:00.000Z',
      }),
      clusterSummary('aks-anytime', { upgradeChannel: 'stable' }),
      clusterSummary('aks-manual', { upgradeChannel: 'none' }),
    ]);
    render();
    await counter('3 of 3 clusters');
    expect(screen.getAllByRole('columnheader').map(h => h.textContent)).toEqual(
      [
        'Cluster',
        'Health',
        'Kubernetes',
        'Region',
        'Nodes',
        'Auto-upgrade',
        'Next window',
        'Catalog',
      ],
    );
    const cells = (name: string) =>
      within(screen.getByText(name).closest('[role="row"]') as HTMLElement)
        .getAllByRole('gridcell')
        .map(cell => cell.textContent);
    expect(cells('aks-windowed').slice(-3, -1)).toEqual([
      'Patch',
      'Dec\u00a012,\u00a0202623:00 UTC',
    ]);
    expect(cells('aks-anytime').slice(-3, -1)).toEqual([
      'Stable',
      'No windowupgrades at any time',
    ]);
    expect(cells('aks-manual').slice(-3, -1)).toEqual(['Off', '—']);

    fireEvent.click(screen.getByRole('button', { name: /Maintenance/ }));
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual(['Any maintenance', 'Auto-upgrade without a window']);
    fireEvent.click(
      screen.getByRole('option', { name: 'Auto-upgrade without a window' }),
    );
    expect(await counter('1 of 3 clusters')).toBeInTheDocument();
    expect(seen.at(-1)?.searchParams.get('maintenance')).toBe(
      'auto-upgrade-without-window',
    );
    expect(names()).toEqual(['aks-anytime']);
  }, 30_000);

  it('draws the fleet by version, by support and by end of support', async () => {
    fleetBackend([
      clusterSummary('aks-a'),
      clusterSummary('aks-b', { currentKubernetesVersion: '1.34.3' }),
      clusterSummary('aks-lts', {
        currentKubernetesVersion: '1.32.9',
        support: { status: 'lts-only', endsOn: '2032-03-31' },
      }),
      legacy,
    ]);
    render();
    expect(
      await screen.findByRole('img', {
        name: 'Clusters by Kubernetes version: 1.30, 1 cluster; 1.32, 1 cluster; 1.34, 2 clusters',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Clusters by support: Supported, 2; LTS only, 1; Out of support, 1; Unknown, 0',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Support timeline: 1.30, 1 cluster, support ended Aug 22, 2025; 1.34, 2 clusters, support until Nov 30, 2031; 1.32 LTS, 1 cluster, support until Mar 31, 2032',
      }),
    ).toBeInTheDocument();
  });

  it('marks a fleet served from last-known data as stale', async () => {
    fleetBackend([clusterSummary('aks-a')], { stale: true });
    render();
    expect(
      await screen.findByText(
        'Stale: Azure did not answer, showing data read Dec 1, 2026, 9:00 AM UTC',
      ),
    ).toBeInTheDocument();
  });

  it('shows the subscriptions that answered and names the one that did not', async () => {
    fleetBackend([clusterSummary('aks-a')], {
      failedSubscriptions: [
        {
          subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
          displayName: 'Contoso Development',
          error: {
            name: 'ServiceUnavailableError',
            message: 'Azure Resource Manager is unavailable',
          },
        },
      ],
    });
    render();
    expect(await screen.findByText('aks-a')).toBeInTheDocument();
    expect(
      screen.getByText('Some subscriptions could not be listed'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Contoso Development: Azure Resource Manager is unavailable',
      ),
    ).toBeInTheDocument();
  });

  it('says where subscriptions come from when the fleet is empty', async () => {
    fleetBackend([]);
    render();
    expect(await screen.findByText('No clusters')).toBeInTheDocument();
    expect(
      screen.getByText(/aks\.subscriptions in app-config\.yaml/),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('data-aks-plugin');
  });

  it('says the fleet could not be read, without a stack trace', async () => {
    server.use(
      http.get(aksUrl('/clusters'), () =>
        HttpResponse.json(
          {
            error: {
              name: 'ServiceUnavailableError',
              message: 'Azure is unavailable',
            },
          },
          { status: 503 },
        ),
      ),
    );
    render();
    expect(
      await screen.findByText('The fleet could not be read'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/\.tsx:\d+/)).toBeNull();
  });

  it('gives apps on the legacy frontend system the page with its header and main landmark', async () => {
    fleetBackend([clusterSummary('aks-a')]);
    const aksClient = new AksClient({
      discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
      fetchApi: { fetch: (...args) => fetch(...args) },
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [aksApiRef, aksClient],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <FleetPage />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('1 of 1 cluster', undefined, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'AKS clusters' })).toBeVisible();
    expect(
      screen.getByRole('main').closest('[data-aks-plugin]'),
    ).not.toBeNull();
    expect(document.querySelector('[class*="Mui"]')).toBeNull();
  });
});
