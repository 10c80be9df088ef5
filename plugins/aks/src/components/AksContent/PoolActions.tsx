import { ButtonIcon, Menu, MenuItem, MenuTrigger } from '@backstage/ui';
import type {
  ClusterResponse,
  NodePool,
} from '@aks-backstage/plugin-aks-common';
import { imageBehind } from '../NodePoolsCard/NodePoolTable';
import type { OperationAsk } from './OperationDialog';

const MoreIcon = () => (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    aria-hidden
    fill="currentColor"
  >
    <circle cx="5" cy="12" r="2" />
    <circle cx="12" cy="12" r="2" />
    <circle cx="19" cy="12" r="2" />
  </svg>
);

/** A pool's operations in a menu, each opening its form on demand. */
export function PoolActions(props: {
  cluster: ClusterResponse;
  pool: NodePool;
  isDisabled: boolean;
  ask: (ask: OperationAsk) => void;
}) {
  const { cluster, pool, isDisabled, ask } = props;
  const upgrades =
    cluster.upgrades.agentPoolProfiles.find(p => p.name === pool.name)
      ?.upgrades ?? [];
  const disabledKeys = [
    ...(upgrades.length === 0 ? ['upgrade'] : []),
    ...(imageBehind(pool) ? [] : ['image']),
  ];
  return (
    <MenuTrigger>
      <ButtonIcon
        size="small"
        variant="tertiary"
        aria-label={`Actions of node pool ${pool.name}`}
        icon={<MoreIcon />}
        isDisabled={isDisabled}
      />
      <Menu
        disabledKeys={disabledKeys}
        onAction={key => {
          if (key === 'scale') ask({ form: 'scalePool', pool });
          if (key === 'upgrade') ask({ form: 'upgradePool', pool });
          if (key === 'image') {
            ask({
              form: 'none',
              request: { kind: 'upgradeNodeImage', nodePool: pool.name },
            });
          }
        }}
      >
        <MenuItem id="scale">Scale…</MenuItem>
        <MenuItem id="upgrade">Upgrade Kubernetes…</MenuItem>
        <MenuItem id="image">Upgrade node image…</MenuItem>
      </Menu>
    </MenuTrigger>
  );
}
