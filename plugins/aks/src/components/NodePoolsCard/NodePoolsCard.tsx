import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import { aksTranslationRef } from '../../translation';
import { EntityClusterSections } from '../EntityClusters';
import { NodePoolTable } from './NodePoolTable';

/** The entity card: the node pools of every cluster the entity names. */
export function NodePoolsCard() {
  const { t } = useTranslationRef(aksTranslationRef);
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-medium">
          {t('nodePoolsCard.title')}
        </Text>
      </CardHeader>
      <CardBody>
        <EntityClusterSections>
          {cluster => (
            <Flex direction="column" gap="2">
              <Text as="h3" variant="title-small">
                {cluster.name}
              </Text>
              <NodePoolTable pools={cluster.nodePools} />
            </Flex>
          )}
        </EntityClusterSections>
      </CardBody>
    </Card>
  );
}
