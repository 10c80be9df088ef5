import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  Rectangle,
  XAxis,
  YAxis,
} from 'recharts';
import type { RectangleProps } from 'recharts';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import {
  AXIS_TICK,
  CHART_HEIGHT,
  ink,
  SUPPORT_TONE,
  VALUE_LABEL,
} from './chartLook';
import { ChartCard } from './ChartCard';
import { clustersBySupport } from './fleetFigures';

/** Clusters per support status: supported, LTS only, out of support, unknown. */
export function SupportChart({ clusters }: { clusters: ClusterSummary[] }) {
  const figures = clustersBySupport(clusters);
  const summary = `Clusters by support: ${figures
    .map(f => `${f.label}, ${f.clusters}`)
    .join('; ')}`;
  return (
    <ChartCard
      title="Support"
      caption="Clusters by the support of their version"
      summary={summary}
      height={CHART_HEIGHT}
    >
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: CHART_HEIGHT }}
        data={figures}
        margin={{ top: 0, right: 28, bottom: 0, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="label"
          width={110}
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
        />
        <Bar
          dataKey="clusters"
          isAnimationActive={false}
          maxBarSize={18}
          // A shape of our own keeps empty bars, so that they are labelled 0.
          shape={(bar: RectangleProps) => <Rectangle {...bar} />}
        >
          {figures.map(f => (
            <Cell
              key={f.status}
              style={{ fill: ink(SUPPORT_TONE[f.status]) }}
            />
          ))}
          <LabelList dataKey="clusters" position="right" style={VALUE_LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
