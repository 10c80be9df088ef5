import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type {
  ClusterSummary,
  FleetPage,
  HealthStatus,
} from '@aks-backstage/plugin-aks-common';
import { clusterSummary } from '../../../__testUtils__/fixtures';
import { aksUrl } from '../../../__testUtils__/mswServer';

export const withHealth = (name: string, status: HealthStatus) =>
  clusterSummary(name, { health: { status, warnings: [] } });

/** Out of support, in North Europe, named by the catalog's ledger-batch. */
export const legacy = clusterSummary('aks-legacy', {
  currentKubernetesVersion: '1.30.14',
  location: 'northeurope',
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

/**
 * The backend's fleet: filtered by health and by auto-upgrade without a
 * window as the backend does, answered in pages of `limit`. Returns the URLs asked for.
 */
export function fleetBackend(
  server: SetupServer,
  clusters: ClusterSummary[],
  options: Partial<Pick<FleetPage, 'stale' | 'failedSubscriptions'>> = {},
) {
  const seen: URL[] = [];
  server.use(
    http.get(aksUrl('/subscriptions'), () =>
      HttpResponse.json({
        items: [{ subscriptionId: 'sub-1', displayName: 'Contoso Production' }],
      }),
    ),
    http.get(aksUrl('/clusters'), ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const health = url.searchParams.get('health');
      const withoutWindow =
        url.searchParams.get('maintenance') === 'auto-upgrade-without-window';
      const matching = clusters.filter(
        c =>
          (!health || c.health.status === health) &&
          (!withoutWindow ||
            (!!c.upgradeChannel &&
              c.upgradeChannel !== 'none' &&
              !c.nextMaintenance)),
      );
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const next = offset + Number(url.searchParams.get('limit'));
      const page: FleetPage = {
        items: matching.slice(offset, next),
        totalCount: matching.length,
        nextCursor: next < matching.length ? String(next) : undefined,
        fetchedAt: '2026-12-01T09:00:00.000Z',
        stale: options.stale ?? false,
        failedSubscriptions: options.failedSubscriptions ?? [],
      };
      return HttpResponse.json(page);
    }),
  );
  return seen;
}
