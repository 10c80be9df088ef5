import { Text } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type { EntityGitOps } from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { isTime } from '../describe/timeSpans';
import { useTimeWords } from '../describe/useTimeWords';
import { clusterItem, EntityRead } from '../EntityClusters/useEntityRead';
import { MUTED, NEGATIVE } from '../look';
import { useComplianceWords } from './ComplianceChip';
import { summarize } from './compliance';

/**
 * A cluster's GitOps at the end of its facts on the summary card, when the
 * entity names a repository and the cluster has a configuration for it.
 */
export function GitOpsLine(props: {
  read: EntityRead<EntityGitOps>;
  clusterId: string;
}) {
  const { read, clusterId } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  const time = useTimeWords();
  const compliance = useComplianceWords();
  const line = (text: string, negative = false) => (
    <>
      {' · '}
      <Text
        as="span"
        variant="body-medium"
        data-tone={negative ? 'negative' : undefined}
        style={negative ? NEGATIVE : MUTED}
      >
        {text}
      </Text>
    </>
  );

  // The request is made only for an entity that names a repository.
  if (read.error) return line(t('gitOps.summary.unknown'));
  if (!read.value?.repositoryUrl) return null;
  const item = clusterItem(read.value.items, clusterId);
  if (item?.error) return line(t('gitOps.summary.unknown'));
  const summary = summarize(item?.configurations ?? []);
  switch (summary?.kind) {
    case 'notCompliant': {
      const first = isTime(summary.since)
        ? t('gitOps.summary.notCompliantFor', {
            name: summary.name,
            duration: time.since(summary.since),
          })
        : t('gitOps.summary.notCompliant', { name: summary.name });
      return line(
        summary.more > 0
          ? t('gitOps.summary.more', { line: first, count: summary.more })
          : first,
        true,
      );
    }
    case 'compliant':
      return line(t('gitOps.summary.compliant', { count: summary.count }));
    case 'sameState':
      return line(
        t('gitOps.summary.state', {
          count: summary.count,
          state: compliance(summary.state).toLocaleLowerCase(),
        }),
      );
    case 'mixed':
      return line(
        t('gitOps.summary.mixed', {
          compliant: String(summary.compliant),
          total: String(summary.total),
        }),
      );
    default:
      return null;
  }
}
