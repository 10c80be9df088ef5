import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { formatDate } from '../../describe/dates';
import { count } from '../../describe/terms';
import { AXIS_TICK, CHART_HEIGHT, ink, Tone, VALUE_LABEL } from './chartLook';
import { ChartCard } from './ChartCard';
import {
  supportEnd,
  TimelineFigure,
  supportTimeline,
  timelineText,
} from './fleetFigures';
import { TimelineLabel } from './TimelineLabel';

const DAY = 24 * 60 * 60 * 1000;
const ROW_HEIGHT = 20;
const month = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** Ended: negative; on long-term support only: warning; otherwise the neutral announcement colour. */
function barTone(f: TimelineFigure): Tone {
  if (f.ended) return 'negative';
  return f.label.endsWith('LTS') ? 'warning' : 'announcement';
}
const time = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/**
 * For each minor version in use, a bar from today to the day its support
 * ends, with the clusters on it; versions past their end say so instead.
 */
export function SupportTimeline(props: {
  clusters: ClusterSummary[];
  today: string;
}) {
  const figures = supportTimeline(props.clusters, props.today);
  const start = time(props.today);
  const data = figures.map(f => ({
    ...f,
    range: [start, f.endsOn && !f.ended ? time(f.endsOn) : start],
    caption: `${count(f.clusters, 'cluster')}, ${supportEnd(f)}`,
  }));
  const end = Math.max(start + 90 * DAY, ...data.map(d => d.range[1]));
  const ticks = [start, start + (end - start) / 2, end];
  const height = Math.max(CHART_HEIGHT, data.length * ROW_HEIGHT + 24);
  return (
    <ChartCard
      title="Support timeline"
      caption={`From today, ${formatDate(props.today)}, to the end of support`}
      summary={`Support timeline: ${
        figures.map(timelineText).join('; ') || 'no clusters'
      }`}
      height={height}
    >
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height }}
        data={data}
        margin={{ top: 0, right: 16, bottom: 0, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[start, end]}
          ticks={ticks}
          tickFormatter={(t: number) => month.format(t)}
          tick={AXIS_TICK}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={64}
          interval={0}
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
        />
        <Bar
          dataKey="range"
          isAnimationActive={false}
          maxBarSize={16}
          minPointSize={4}
        >
          {data.map(d => (
            <Cell
              key={d.label}
              style={{
                fill: ink(barTone(d)),
              }}
            />
          ))}
          <LabelList
            dataKey="caption"
            content={labelProps => (
              <TimelineLabel {...labelProps} style={VALUE_LABEL} />
            )}
          />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
