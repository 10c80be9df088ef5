import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Link, Text } from '@backstage/ui';
import { aksTranslationRef } from '../../translation';
import { EntityClusterSections, useTabHref } from '../EntityClusters';
import { ClusterSummaryRow } from './ClusterSummaryRow';

/** The overview card: one compact row per cluster the entity names, and the way to the tab. */
export function ClusterCard() {
  const { t } = useTranslationRef(aksTranslationRef);
  const tabHref = useTabHref();
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
              <ClusterSummaryRow cluster={cluster} tabHref={tabHref} />
            )}
          </EntityClusterSections>
        </CardBody>
      </Card>
    </div>
  );
}
