import { clusterSummary } from '../../../__testUtils__/fixtures';
import {
  clustersBySupport,
  clustersByVersion,
  supportTimeline,
  timelineText,
} from './fleetFigures';

const on = (version: string, endsOn?: string, lts = false) =>
  clusterSummary(`aks-${version}`, {
    currentKubernetesVersion: version,
    support: { status: lts ? 'lts-only' : 'supported', endsOn },
  });

describe('the figures of the fleet charts', () => {
  it('counts clusters per minor version, in version order, coloured by the worst support', () => {
    const figures = clustersByVersion([
      on('1.10.2'),
      on('1.9.11'),
      on('1.10.1', '2030-01-31', true),
    ]);
    expect(figures).toEqual([
      { version: '1.9', clusters: 1, support: 'supported' },
      { version: '1.10', clusters: 2, support: 'lts-only' },
    ]);
  });

  it('lists every support status, even with no clusters', () => {
    expect(clustersBySupport([on('1.34.5')]).map(f => f.clusters)).toEqual([
      1, 0, 0, 0,
    ]);
  });

  it('ends a version on its earliest day, LTS apart, and says which have ended by today', () => {
    const figures = supportTimeline(
      [
        on('1.34.5', '2026-11-30'),
        on('1.34.1', '2026-12-31'),
        on('1.32.9', '2027-03-31', true),
        on('1.35.2'),
      ],
      '2026-12-07',
    );
    expect(figures.map(timelineText)).toEqual([
      '1.34, 2 clusters, support ended Nov 30, 2026',
      '1.32 LTS, 1 cluster, support until Mar 31, 2027',
      '1.35, 1 cluster, end unknown',
    ]);
  });
});
