import { clusterSummary } from '../../__testUtils__/fixtures';
import { legacy, withHealth } from './__testUtils__/fleetBackend';
import { DEFAULT_SORT, searchClusters, sortClusters } from './fleetOrder';

const names = (clusters: { name: string }[]) => clusters.map(c => c.name);

describe('the order of the fleet', () => {
  it('puts the worst health first by default, ties by name', () => {
    const fleet = [
      withHealth('b-fine', 'healthy'),
      withHealth('a-fine', 'healthy'),
      withHealth('busy', 'updating'),
      withHealth('weak', 'degraded'),
      legacy,
    ];
    expect(names(sortClusters(fleet, DEFAULT_SORT))).toEqual([
      'aks-legacy',
      'weak',
      'busy',
      'a-fine',
      'b-fine',
    ]);
  });

  it('sorts versions as numbers, 1.9 before 1.10', () => {
    const fleet = [
      clusterSummary('new', { currentKubernetesVersion: '1.10.0' }),
      clusterSummary('old', { currentKubernetesVersion: '1.9.4' }),
    ];
    expect(
      names(sortClusters(fleet, { column: 'version', direction: 'ascending' })),
    ).toEqual(['old', 'new']);
  });

  it('sorts by the next window, soonest first, clusters without one last', () => {
    const fleet = [
      clusterSummary('none'),
      clusterSummary('later', { nextMaintenance: '2026-12-19T23:00:00Z' }),
      clusterSummary('sooner', { nextMaintenance: '2026-12-12T23:00:00Z' }),
    ];
    expect(
      names(
        sortClusters(fleet, { column: 'nextWindow', direction: 'ascending' }),
      ),
    ).toEqual(['sooner', 'later', 'none']);
  });

  it('finds clusters by region as people read it', () => {
    expect(
      names(searchClusters([clusterSummary('a'), legacy], 'north eu')),
    ).toEqual(['aks-legacy']);
  });
});
