import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { http, HttpResponse } from 'msw';
import type {
  ClusterSummary,
  FleetPage,
} from '@aks-backstage/plugin-aks-common';
import aksPlugin from '../../alpha';
import { annotated, clusterId } from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';

const server = setupAksBackend();
/** Sorting and filtering re-render a table; a loaded CI machine takes its time. */
const SLOW = { timeout: 10_000 };

function summary(
  name: string,
  overrides: Partial<ClusterSummary> = {},
): ClusterSummary {
  return {
    id: clusterId(name),
    name,
    subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
    subscriptionDisplayName: 'Contoso Production',
    resourceGroup: 'rg-payments-prod',
    location: 'westeurope',
    provisioningState: 'Succeeded',
    powerState: 'Running',
    tier: 'Standard',
    kubernetesVersion: '1.34',
    currentKubernetesVersion: '1.34.5',
    nodePoolCount: 1,
    nodeCount: 3,
    health: { status: 'healthy', warnings: [] },
    support: { status: 'supported', endsOn: '2026-11-30' },
    ...overrides,
  };
}

const legacy = summary('aks-legacy', {
  currentKubernetesVersion: '1.30.14',
  health: {
    status: 'unhealthy',
    warnings: [
      {
        code: 'OutOfSupport',
        severity: 'error',
        title: 'Out of support',
        message: 'Kubernetes 1.30.14 is no longer offered in this location.',
        remedy: 'Upgrade.',
        docsUrl:
          'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
      },
    ],
  },
  support: { status: 'out-of-support', endsOn: '2025-08-22' },
});

/** A fleet of 120 clusters answered in pages of `limit`, as the backend does. */
function fleetBackend(
  clusters: ClusterSummary[],
  stale = false,
  failedSubscriptions: FleetPage['failedSubscriptions'] = [],
) {
  const seen: URL[] = [];
  server.use(
    http.get(aksUrl('/clusters'), ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const next = offset + limit;
      const page: FleetPage = {
        items: clusters.slice(offset, next),
        totalCount: clusters.length,
        nextCursor: next < clusters.length ? String(next) : undefined,
        fetchedAt: '2026-12-01T09:00:00.000Z',
        stale,
        failedSubscriptions,
      };
      return HttpResponse.json(page);
    }),
  );
  return seen;
}

function render() {
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
          {
            ...annotated('aks-legacy'),
            metadata: {
              ...annotated('aks-legacy').metadata,
              name: 'ledger-batch',
            },
          },
        ],
      }),
    ],
  });
}

describe('the fleet page', () => {
  it('reads every page of the fleet, not just the first', async () => {
    const many = Array.from({ length: 1199 }, (_, i) =>
      summary(`aks-${String(i).padStart(4, '0')}`),
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
      screen.getByText('Read from Azure 12/1/2026, 9:00:00 AM UTC'),
    ).toBeInTheDocument();
  }, 30_000);

  it('shows health with the top warning, support, and the entities that name a cluster', async () => {
    fleetBackend([summary('aks-payments-prod'), legacy]);
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
    expect(
      cells.getByRole('link', { name: /ledger-batch/ }),
    ).toBeInTheDocument();
  });

  it('filters by search and sorts by a column', async () => {
    fleetBackend([summary('aks-b'), summary('aks-a'), legacy]);
    render();
    await screen.findByText('aks-legacy', undefined, SLOW);
    const names = () =>
      screen
        .getAllByRole('rowheader')
        .map(cell => cell.textContent?.split('rg-')[0]);
    expect(names()).toEqual(['aks-a', 'aks-b', 'aks-legacy']);

    fireEvent.click(screen.getByRole('columnheader', { name: /Kubernetes/ }));
    await waitFor(() => expect(names()[0]).toBe('aks-legacy'), SLOW);

    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search clusters' }),
      {
        target: { value: 'aks-b' },
      },
    );
    await waitFor(() => expect(names()).toEqual(['aks-b']), SLOW);
  });

  it('asks the backend for the clusters of the health chosen', async () => {
    const seen = fleetBackend([summary('aks-a'), legacy]);
    render();
    await screen.findByText('aks-legacy', undefined, SLOW);
    fireEvent.click(screen.getByRole('button', { name: /Health/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'unhealthy' }));
    await waitFor(
      () =>
        expect(seen.map(u => u.searchParams.get('health'))).toContain(
          'unhealthy',
        ),
      SLOW,
    );
  }, 30_000);

  it('marks a fleet served from last-known data as stale', async () => {
    fleetBackend([summary('aks-a')], true);
    render();
    expect(
      await screen.findByText(
        'Stale: Azure did not answer, showing last-known data',
      ),
    ).toBeInTheDocument();
  });

  it('shows the subscriptions that answered and names the one that did not', async () => {
    fleetBackend([summary('aks-a')], false, [
      {
        subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
        displayName: 'Contoso Development',
        error: {
          name: 'ServiceUnavailableError',
          message: 'Azure Resource Manager is unavailable',
        },
      },
    ]);
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
});
