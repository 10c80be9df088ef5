import { Flex, Text } from '@backstage/ui';
import type {
  AvailableUpgrade,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';

const versions = (upgrades: AvailableUpgrade[]) =>
  upgrades.length === 0
    ? 'no upgrade available'
    : upgrades
        .map(u => `${u.kubernetesVersion}${u.isPreview ? ' (preview)' : ''}`)
        .join(', ');

/** What the control plane, then each pool, can be upgraded to. */
export function UpgradeOptions({ cluster }: { cluster: ClusterResponse }) {
  const { controlPlaneProfile, agentPoolProfiles, unknown } = cluster.upgrades;
  return (
    <Flex direction="column" gap="1" aria-label="Upgrade options">
      <Text as="h4" variant="title-x-small">
        Upgrade options
      </Text>
      {unknown && <Text variant="body-medium">Unknown: {unknown}</Text>}
      {!unknown && (
        <Text variant="body-medium">
          1. Control plane {controlPlaneProfile.kubernetesVersion}:{' '}
          {versions(controlPlaneProfile.upgrades)}
        </Text>
      )}
      {agentPoolProfiles.map((profile, index) => {
        const current = cluster.nodePools.find(p => p.name === profile.name);
        const image =
          current?.nodeImageVersion &&
          profile.latestNodeImageVersion &&
          current.nodeImageVersion !== profile.latestNodeImageVersion
            ? `; node image ${profile.latestNodeImageVersion} available`
            : '';
        return (
          <Text key={profile.name} variant="body-medium">
            {index + 2}. Node pool {profile.name} {profile.kubernetesVersion}:{' '}
            {versions(profile.upgrades)}
            {image}
          </Text>
        );
      })}
    </Flex>
  );
}
