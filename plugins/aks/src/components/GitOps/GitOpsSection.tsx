import { ReactNode } from 'react';
import { Flex, Text } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ANNOTATION_SOURCE_LOCATION } from '@backstage/catalog-model';
import type {
  ClusterGitOps,
  ClusterResponse,
  EntityGitOps,
} from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { clusterItem, EntityRead } from '../EntityClusters/useEntityRead';
import { ErrorAlert } from '../EntityClusters/ErrorAlert';
import { readErrorText, requestErrorText } from '../EntityClusters/errorText';
import { Findings } from '../Findings/Findings';
import { MUTED } from '../look';
import { StaleNotice } from '../StaleNotice/StaleNotice';
import { FluxTable } from './FluxTable';

const Code = ({ children }: { children: string }) => (
  <code style={{ fontFamily: 'var(--bui-font-monospace, monospace)' }}>
    {children}
  </code>
);

/** A line of the section, as loud as the body or quieter. */
const Say = (props: { children: ReactNode; quiet?: boolean }) => (
  <Text variant="body-medium" style={props.quiet ? MUTED : undefined}>
    {props.children}
  </Text>
);

/** The configurations of one cluster that was read, or what is missing for there to be any. */
function Configurations(props: {
  cluster: ClusterResponse;
  item: ClusterGitOps;
  repository?: string;
}) {
  const { cluster, item, repository } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  if (!repository) {
    return (
      <Say>
        {t('gitOps.noRepository', {
          annotation: <Code>{ANNOTATION_SOURCE_LOCATION}</Code>,
        })}
      </Say>
    );
  }
  if (item.fluxInstalled === false) {
    return <Say>{t('gitOps.fluxNotInstalled')}</Say>;
  }
  const configurations = item.configurations ?? [];
  if (configurations.length === 0) {
    return (
      <Say>
        {t('gitOps.noConfiguration', {
          repository: <Code>{repository}</Code>,
        })}
      </Say>
    );
  }
  return (
    <>
      <Text variant="body-small" style={MUTED}>
        {t('gitOps.repository', { repository: <Code>{repository}</Code> })}
      </Text>
      <FluxTable
        configurations={configurations}
        label={t('gitOps.table.label', { cluster: cluster.name })}
      />
      <Findings
        warnings={configurations.flatMap(c => c.warnings ?? [])}
        severities={['error', 'warning', 'info']}
        label={t('gitOps.problemsLabel', { cluster: cluster.name })}
      />
    </>
  );
}

/**
 * How one cluster deploys the entity: the Flux configurations that sync the
 * entity's repository, how far each is applied, and why one is not; or what
 * is missing for there to be any.
 */
export function GitOpsSection(props: {
  cluster: ClusterResponse;
  read: EntityRead<EntityGitOps>;
}) {
  const { cluster, read } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  if (read.error) {
    return (
      <ErrorAlert error={requestErrorText(read.error)} onRetry={read.retry} />
    );
  }
  if (!read.value) return <Say quiet>{t('gitOps.loading')}</Say>;
  const item = clusterItem(read.value.items, cluster.id);
  if (!item) return <Say quiet>{t('gitOps.notRead')}</Say>;
  if (item.error) {
    return (
      <ErrorAlert
        error={readErrorText(item.error, {
          couldNotRead: t('gitOps.couldNotRead'),
          notAllowed: t('readError.notAllowed'),
          notFound: t('readError.notFound'),
          azureUnavailable: t('readError.azureUnavailable'),
        })}
        onRetry={read.retry}
      />
    );
  }
  return (
    <Flex direction="column" gap="2">
      {item.stale && item.fetchedAt && (
        <StaleNotice fetchedAt={item.fetchedAt} />
      )}
      <Configurations
        cluster={cluster}
        item={item}
        repository={read.value.repositoryUrl}
      />
    </Flex>
  );
}
