import { Grid } from '@backstage/ui';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { SupportChart } from './SupportChart';
import { SupportTimeline } from './SupportTimeline';
import { VersionChart } from './VersionChart';

/** The fleet in three small pictures: versions, support, and when support ends. */
export function FleetCharts(props: {
  clusters: ClusterSummary[];
  today: string;
}) {
  return (
    <section aria-label="Fleet at a glance">
      <Grid.Root columns={{ initial: '1', lg: '3' }} gap="3">
        <VersionChart clusters={props.clusters} />
        <SupportChart clusters={props.clusters} />
        <SupportTimeline clusters={props.clusters} today={props.today} />
      </Grid.Root>
    </section>
  );
}
