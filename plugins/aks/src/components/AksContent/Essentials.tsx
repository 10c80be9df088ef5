import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { CopyValue } from '../CopyValue/CopyValue';
import {
  identityText,
  nodeCount,
  supportText,
  tierText,
  versionText,
} from '../describe/cluster';
import { count, regionName, term } from '../describe/terms';
import { Facts } from '../Facts/Facts';

function virtualNodesText({ addons }: ClusterResponse): string {
  const { enabled, subnetName } = addons.virtualNodes;
  if (!enabled) return 'Off';
  return subnetName ? `On, subnet ${subnetName}` : 'On';
}

/** What an owner looks for first, as the Azure portal's Essentials block. */
export function Essentials({ cluster }: { cluster: ClusterResponse }) {
  return (
    <Facts
      label={`Essentials of ${cluster.name}`}
      facts={[
        ['Kubernetes version', versionText(cluster)],
        ['Support', supportText(cluster.support)],
        ['Support plan', term(cluster.supportPlan)],
        ['Pricing tier', tierText(cluster.tier)],
        ['Power state', term(cluster.powerState)],
        ['Provisioning state', term(cluster.provisioningState)],
        ['Region', regionName(cluster.location)],
        [
          'Nodes',
          `${count(nodeCount(cluster), 'node')} in ${count(
            cluster.nodePools.length,
            'pool',
          )}`,
        ],
        ['Identity', identityText(cluster)],
        [
          'API server address',
          cluster.fqdn ? (
            <CopyValue value={cluster.fqdn} label="API server address" />
          ) : (
            'Unknown'
          ),
        ],
        ['Automatic upgrades', term(cluster.autoUpgradeChannel ?? 'none')],
        ['Node OS upgrades', term(cluster.nodeOSUpgradeChannel ?? 'None')],
        ['Virtual nodes (ACI)', virtualNodesText(cluster)],
      ]}
    />
  );
}
