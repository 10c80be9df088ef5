import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Link, Text } from '@backstage/ui';
import { aksTranslationRef } from '../../translation';
import { EntityClusterSections, useTabHref } from '../EntityClusters';
import { GitOpsLine, useEntityGitOps } from '../GitOps';
import { ClusterSummaryRow } from './ClusterSummaryRow';

/** The overview card: one compact row per cluster the entity names, and the way to the tab. */
export function ClusterCard() {
  const { t } = useTranslationRef(aksTranslationRef);
  const tabHref = useTabHref();
  // One request for all rows, and none for an entity without a repository.
  const gitOps = useEntityGitOps({ onlyWithRepository: true });
  return (
    <div data-aks-plugin>
      <Card>
        <CardHeader>
          <Flex justify="between" align="center">
            <Text as="h2" variant="title-x-small">
              {t('clusterCard.title')}
            </Text>
            {tabHref && (
              <Link href={tabHref} variant="body-medium">
                {t('clusterCard.details')}
              </Link>
            )}
          </Flex>
        </CardHeader>
        <CardBody>
          <EntityClusterSections>
            {cluster => (
              <ClusterSummaryRow
                cluster={cluster}
                tabHref={tabHref}
                gitOps={<GitOpsLine read={gitOps} clusterId={cluster.id} />}
              />
            )}
          </EntityClusterSections>
        </CardBody>
      </Card>
    </div>
  );
}
