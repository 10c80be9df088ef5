import { Text } from '@backstage/ui';
import type { ClusterResponse } from '@aks-backstage/plugin-aks-common';
import { CopyValue } from '../CopyValue/CopyValue';
import { upgradeVersionsText } from '../describe/cluster';
import { Facts, FactList } from '../Facts/Facts';
import { imageBehind } from '../NodePoolsCard/NodePoolTable';

/** What the control plane, each pool, and each pool's node image can move to. */
export function UpgradesSection({ cluster }: { cluster: ClusterResponse }) {
  const { controlPlaneProfile, agentPoolProfiles, unknown } = cluster.upgrades;
  if (unknown) {
    return <Text variant="body-medium">Upgrades are unknown: {unknown}</Text>;
  }
  const facts: FactList = [
    [
      `Control plane, now ${controlPlaneProfile.kubernetesVersion}`,
      upgradeVersionsText(controlPlaneProfile.upgrades),
    ],
    ...agentPoolProfiles.map((profile): FactList[number] => [
      `Pool ${profile.name}, now ${profile.kubernetesVersion}`,
      upgradeVersionsText(profile.upgrades),
    ]),
    ...cluster.nodePools
      .filter(imageBehind)
      .map((pool): FactList[number] => [
        `Newer node image for ${pool.name}`,
        <CopyValue
          value={pool.latestNodeImageVersion!}
          label={`newer node image of ${pool.name}`}
        />,
      ]),
  ];
  return <Facts label={`Upgrades of ${cluster.name}`} facts={facts} />;
}
