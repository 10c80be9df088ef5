import { Flex, Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { networkPluginText } from '../describe/cluster';
import { term } from '../describe/terms';
import { Facts } from '../Facts/Facts';
import { MUTED } from '../look';

/** The network a cluster was created with. */
export function NetworkingSection({ cluster }: { cluster: ClusterResponse }) {
  const network = cluster.networkProfile;
  return (
    <Flex direction="column" gap="2">
      <Text variant="body-medium" style={MUTED}>
        Chosen when the cluster was created; most of it cannot be changed in
        place.
      </Text>
      <Facts
        label={`Networking of ${cluster.name}`}
        facts={[
          ['Network plugin', networkPluginText(cluster)],
          ['Network policy', term(network.networkPolicy ?? 'None')],
          ['Dataplane', term(network.networkDataplane ?? 'azure')],
          ['Max pods per node', String(network.maxPods ?? 'Default')],
        ]}
      />
    </Flex>
  );
}
