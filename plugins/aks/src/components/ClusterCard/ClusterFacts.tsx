import { ReactNode } from 'react';
import { Flex, Link, Text } from '@backstage/ui';
import {
  azurePortalUrl,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import {
  formatDate,
  formatTime,
  networkPluginText,
  supportText,
  tierText,
  upgradesText,
  versionText,
} from './describe';

type Facts = Array<[label: string, value: ReactNode]>;

const MANAGED_IDENTITIES: Record<string, string> = {
  SystemAssigned: 'System-assigned managed identity',
  UserAssigned: 'User-assigned managed identity',
};

function identityText({ identity }: ClusterResponse): string {
  const principal = identity.servicePrincipal;
  if (!principal) return MANAGED_IDENTITIES[identity.type] ?? identity.type;
  const expires = principal.secretExpiresOn?.slice(0, 10);
  return `Service principal ${principal.clientId}${
    expires ? `, last secret expires ${formatDate(expires)}` : ''
  }`;
}

const LAYOUT = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  gap: 'var(--bui-space-3)',
  margin: 0,
} as const;

function FactGroup({ title, facts }: { title: string; facts: Facts }) {
  return (
    <Flex direction="column" gap="2">
      <Text as="h4" variant="title-x-small">
        {title}
      </Text>
      <dl aria-label={title} style={LAYOUT}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>
              <Text variant="body-x-small" color="secondary">
                {label}
              </Text>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text variant="body-medium">{value}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </Flex>
  );
}

/** The facts of one cluster, grouped the way an owner looks for them. */
export function ClusterFacts({ cluster }: { cluster: ClusterResponse }) {
  const network = cluster.networkProfile;
  const virtualNodes = cluster.addons.virtualNodes;
  return (
    <Flex direction="column" gap="3">
      <FactGroup
        title="Kubernetes"
        facts={[
          ['Version', versionText(cluster)],
          ['Upgrades available', upgradesText(cluster)],
          ['Support', supportText(cluster.support)],
          ['Support plan', cluster.supportPlan],
          ['Auto-upgrade channel', cluster.autoUpgradeChannel ?? 'none'],
          ['Node OS upgrade channel', cluster.nodeOSUpgradeChannel ?? 'none'],
        ]}
      />
      <FactGroup
        title="Cluster"
        facts={[
          ['Power state', cluster.powerState],
          ['Provisioning state', cluster.provisioningState],
          ['Location', cluster.location],
          ['Tier and SLA', tierText(cluster.tier)],
          ['Azure identity', identityText(cluster)],
          ['API server', cluster.fqdn ?? 'unknown'],
          [
            'Virtual nodes (ACI connector)',
            virtualNodes.enabled
              ? `On${
                  virtualNodes.subnetName
                    ? `, subnet ${virtualNodes.subnetName}`
                    : ''
                }`
              : 'Off',
          ],
          [
            'Azure portal',
            <Link
              href={azurePortalUrl(cluster.id)}
              target="_blank"
              rel="noopener"
            >
              Open {cluster.name} in the Azure portal
            </Link>,
          ],
          ['Read from Azure', formatTime(cluster.fetchedAt)],
        ]}
      />
      <FactGroup
        title="Network (chosen at creation, cannot be changed in place)"
        facts={[
          ['Network plugin', networkPluginText(cluster)],
          ['Plugin mode', network.networkPluginMode ?? 'none'],
          ['Network policy', network.networkPolicy ?? 'none'],
          ['Dataplane', network.networkDataplane ?? 'azure'],
          ['Max pods per node', network.maxPods ?? 'unknown'],
        ]}
      />
    </Flex>
  );
}
