import { ReactNode } from 'react';
import { Flex, Link, Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import {
  activityText,
  nodeCount,
  supportText,
  worstFinding,
} from '../describe/cluster';
import { count, term } from '../describe/terms';
import { FindingLine } from '../Findings/Findings';
import { HealthStatus } from '../HealthStatus';
import { MUTED } from '../look';
import { StaleNotice } from '../StaleNotice/StaleNotice';

/**
 * One cluster in a line or three: name, health, version and support, power,
 * nodes, how the entity's GitOps fares there, the worst problem.
 */
export function ClusterSummaryRow(props: {
  cluster: ClusterResponse;
  tabHref?: string;
  /** The entity's GitOps on this cluster, after its facts. */
  gitOps?: ReactNode;
}) {
  const { cluster, tabHref } = props;
  const worst = worstFinding(
    cluster.health.warnings.filter(w => w.severity !== 'info'),
  );
  const others = cluster.health.warnings.filter(
    w => w.severity !== 'info',
  ).length;
  return (
    <div role="group" aria-label={cluster.name}>
      <Flex direction="column" gap="1">
        <Flex justify="between" align="center" gap="2">
          <Text as="h3" variant="body-large" weight="bold" truncate>
            {tabHref ? (
              <Link href={tabHref}>{cluster.name}</Link>
            ) : (
              cluster.name
            )}
          </Text>
          <HealthStatus
            status={cluster.health.status}
            label={activityText(cluster.provisioningState)}
          />
        </Flex>
        <Text variant="body-medium" style={MUTED}>
          {[
            `Kubernetes ${cluster.currentKubernetesVersion}, ${supportText(
              cluster.support,
            ).replace(/^\w/, c => c.toLowerCase())}`,
            term(cluster.powerState),
            count(nodeCount(cluster), 'node'),
          ].join(' · ')}
          {props.gitOps}
        </Text>
        {cluster.stale && <StaleNotice fetchedAt={cluster.fetchedAt} />}
        {worst && (
          <FindingLine
            warning={worst}
            more={others > 1 ? `and ${count(others - 1, 'more problem')}` : ''}
          />
        )}
      </Flex>
    </div>
  );
}
