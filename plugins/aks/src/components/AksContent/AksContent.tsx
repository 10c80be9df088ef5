import { Card, CardBody, Flex } from '@backstage/ui';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  aksClusterOperatePermission,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import { ClusterOverview } from '../ClusterCard';
import { EntityClusterSections } from '../EntityClusters';
import { NodePoolTable } from '../NodePoolsCard';
import { ClusterOperations } from './ClusterOperations';
import { UpgradeOptions } from './UpgradeOptions';

function ClusterPanel(props: {
  cluster: ClusterResponse;
  entityRef: string;
  onChanged: () => void;
  pollMs?: number;
}) {
  const { cluster, entityRef } = props;
  const { allowed } = usePermission({
    permission: aksClusterOperatePermission,
    resourceRef: entityRef,
  });
  return (
    <Card>
      <CardBody>
        <Flex direction="column" gap="4">
          <ClusterOverview cluster={cluster} />
          <NodePoolTable pools={cluster.nodePools} />
          <UpgradeOptions cluster={cluster} />
          {allowed && <ClusterOperations {...props} />}
        </Flex>
      </CardBody>
    </Card>
  );
}

/** The entity tab: every cluster of the entity with its upgrades and operations. */
export function AksContent(props: { pollMs?: number }) {
  return (
    <EntityClusterSections>
      {(cluster, { entityRef, reload }) => (
        <ClusterPanel
          cluster={cluster}
          entityRef={entityRef}
          onChanged={reload}
          pollMs={props.pollMs}
        />
      )}
    </EntityClusterSections>
  );
}
