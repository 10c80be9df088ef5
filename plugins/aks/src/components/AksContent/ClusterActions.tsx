import { Button, ButtonLink, Flex } from '@backstage/ui';
import {
  azurePortalUrl,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import { activityText } from '../describe/cluster';
import type { OperationAsk } from './OperationDialog';

/**
 * The cluster's command bar, as in the Azure portal: Refresh, then what can
 * be done to it, the destructive Stop last. A button is disabled exactly
 * when there is nothing for it to do.
 */
export function ClusterActions(props: {
  cluster: ClusterResponse;
  /** An operation of this page is running. */
  busy: boolean;
  /** The user may operate the cluster. */
  canOperate: boolean;
  onRefresh: () => void;
  ask: (ask: OperationAsk) => void;
}) {
  const { cluster, busy, canOperate, onRefresh, ask } = props;
  const idle = !busy && !activityText(cluster.provisioningState);
  const running = cluster.powerState === 'Running';
  const stopped = cluster.powerState === 'Stopped';
  const upgradable = cluster.upgrades.controlPlaneProfile.upgrades.length > 0;
  return (
    <Flex align="center" justify="between" gap="2" style={{ flexWrap: 'wrap' }}>
      <Flex
        gap="2"
        role="toolbar"
        aria-label={`Actions of ${cluster.name}`}
        style={{ flexWrap: 'wrap' }}
      >
        <Button variant="secondary" size="small" onPress={onRefresh}>
          Refresh
        </Button>
        {canOperate && (
          <>
            <Button
              variant="secondary"
              size="small"
              isDisabled={!idle || !stopped}
              onPress={() => ask({ form: 'none', request: { kind: 'start' } })}
            >
              Start…
            </Button>
            <Button
              variant="secondary"
              size="small"
              isDisabled={!idle || !running || !upgradable}
              onPress={() => ask({ form: 'upgradeCluster' })}
            >
              Upgrade…
            </Button>
            <Button
              variant="secondary"
              size="small"
              isDisabled={!idle || !running}
              onPress={() => ask({ form: 'none', request: { kind: 'stop' } })}
            >
              Stop…
            </Button>
          </>
        )}
      </Flex>
      <ButtonLink
        variant="tertiary"
        size="small"
        href={azurePortalUrl(cluster.id)}
        target="_blank"
        rel="noopener"
      >
        Open in the Azure portal
      </ButtonLink>
    </Flex>
  );
}
