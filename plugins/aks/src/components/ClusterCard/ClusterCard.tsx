import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { EntityClusterSections } from '../EntityClusters';
import { ClusterFacts } from './ClusterFacts';
import { ClusterSummaryHeader } from './ClusterSummaryHeader';
import { HealthWarnings } from './HealthWarnings';

/** Health, version, support and settings of one cluster. */
export function ClusterOverview({ cluster }: { cluster: ClusterResponse }) {
  return (
    <Flex direction="column" gap="3">
      <ClusterSummaryHeader cluster={cluster} />
      <HealthWarnings warnings={cluster.health.warnings} />
      <ClusterFacts cluster={cluster} />
    </Flex>
  );
}

/** The entity card: every cluster the entity names, one section each. */
export function ClusterCard() {
  const { t } = useTranslationRef(aksTranslationRef);
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-medium">
          {t('clusterCard.title')}
        </Text>
      </CardHeader>
      <CardBody>
        <EntityClusterSections>
          {cluster => <ClusterOverview cluster={cluster} />}
        </EntityClusterSections>
      </CardBody>
    </Card>
  );
}
