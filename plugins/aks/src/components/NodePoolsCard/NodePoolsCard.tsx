import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import { aksTranslationRef } from '../../translation';
import { EntityClusterSections } from '../EntityClusters';
import { NodePoolTable } from './NodePoolTable';

/**
 * The entity card: the node pools of every cluster the entity names. It
 * sits beside the clusters card, which explains the clusters that could not
 * be read.
 */
export function NodePoolsCard() {
  const { t } = useTranslationRef(aksTranslationRef);
  return (
    <div data-aks-plugin>
      <Card>
        <CardHeader>
          <Text as="h2" variant="title-x-small">
            {t('nodePoolsCard.title')}
          </Text>
        </CardHeader>
        <CardBody>
          <EntityClusterSections errorsShownElsewhere>
            {cluster => (
              <div role="group" aria-label={`Node pools of ${cluster.name}`}>
                <Flex direction="column" gap="2">
                  <Text as="h3" variant="body-large" weight="bold">
                    {cluster.name}
                  </Text>
                  <NodePoolTable pools={cluster.nodePools} />
                </Flex>
              </div>
            )}
          </EntityClusterSections>
        </CardBody>
      </Card>
    </div>
  );
}
