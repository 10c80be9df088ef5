import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { count } from '../../describe/terms';
import {
  AXIS_TICK,
  CHART_HEIGHT,
  ink,
  SUPPORT_TONE,
  VALUE_LABEL,
} from './chartLook';
import { ChartCard } from './ChartCard';
import { clustersByVersion } from './fleetFigures';

/** Clusters per Kubernetes minor version, each bar coloured by its support. */
export function VersionChart({ clusters }: { clusters: ClusterSummary[] }) {
  const figures = clustersByVersion(clusters);
  const summary = `Clusters by Kubernetes version: ${
    figures
      .map(f => `${f.version}, ${count(f.clusters, 'cluster')}`)
      .join('; ') || 'none'
  }`;
  return (
    <ChartCard
      title="Kubernetes versions"
      caption="Clusters per minor version, coloured by support"
      summary={summary}
      height={CHART_HEIGHT}
    >
      <BarChart
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        data={figures}
        margin={{ top: 18, right: 4, bottom: 0, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="version"
          tickLine={false}
          tick={AXIS_TICK}
          interval={0}
        />
        <YAxis hide allowDecimals={false} />
        <Bar dataKey="clusters" isAnimationActive={false} maxBarSize={36}>
          {figures.map(f => (
            <Cell
              key={f.version}
              style={{ fill: ink(SUPPORT_TONE[f.support]) }}
            />
          ))}
          <LabelList dataKey="clusters" position="top" style={VALUE_LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
