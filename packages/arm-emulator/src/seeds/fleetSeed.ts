import type { EmulatorContext } from '../emulatorContext';
import { seededRandom } from '../util/random';
import {
  addCluster,
  addResourceGroup,
  poolNamed,
  setFailed,
  setNodeImageBehind,
  setStopped,
  setUpgrading,
} from './seedBuilder';

const LOCATIONS = ['westeurope', 'northeurope', 'eastus', 'westus2'];
const GROUPS = ['rg-fleet-apps', 'rg-fleet-data', 'rg-fleet-platform'];
const VERSIONS = ['1.35.2', '1.35.1', '1.34.5', '1.34.3', '1.33.8', '1.33.5'];

export function fleetSubscriptionId(index: number): string {
  return `6f1a2b3c-0000-4000-8001-${String(index + 1).padStart(12, '0')}`;
}

/** Parses 'fleet:<clusters>x<subscriptions>'. */
export function parseFleetSeed(
  seed: string,
): { clusters: number; subscriptions: number } | undefined {
  const match = /^fleet:(\d+)x(\d+)$/.exec(seed);
  if (!match) return undefined;
  const clusters = Number(match[1]);
  const subscriptions = Number(match[2]);
  if (subscriptions < 1 || clusters < 0) return undefined;
  return { clusters, subscriptions };
}

export function applyFleetSubscriptions(
  ctx: EmulatorContext,
  subscriptions: number,
) {
  for (let s = 0; s < subscriptions; s++) {
    ctx.subscriptions.add(
      fleetSubscriptionId(s),
      `Fleet Subscription ${String(s + 1).padStart(3, '0')}`,
    );
  }
}

/** A reproducible fleet: mostly healthy clusters with some upgrading, stopped, failed and outdated ones. */
export function applyFleetResources(
  ctx: EmulatorContext,
  clusters: number,
  subscriptions: number,
) {
  const random = seededRandom(clusters * 7919 + subscriptions);
  for (let s = 0; s < subscriptions; s++) {
    GROUPS.forEach((group, g) =>
      addResourceGroup(
        ctx,
        fleetSubscriptionId(s),
        group,
        LOCATIONS[(s + g) % LOCATIONS.length],
      ),
    );
  }
  for (let c = 0; c < clusters; c++) {
    const s = c % subscriptions;
    const g = Math.floor(c / subscriptions) % GROUPS.length;
    const location = LOCATIONS[(s + g) % LOCATIONS.length];
    const version = VERSIONS[Math.floor(random() * VERSIONS.length)];
    const name = `aks-fleet-${String(c + 1).padStart(5, '0')}`;
    const cluster = addCluster(
      ctx,
      fleetSubscriptionId(s),
      GROUPS[g],
      name,
      version,
      {
        location,
        tags: { fleet: 'true', team: `team-${c % 17}` },
        sku: { name: 'Base', tier: random() < 0.7 ? 'Standard' : 'Free' },
        properties: {
          dnsPrefix: name,
          networkProfile: {
            networkPlugin: 'azure',
            networkPluginMode: 'overlay',
          },
          autoUpgradeProfile: {
            upgradeChannel: random() < 0.5 ? 'stable' : 'none',
            nodeOSUpgradeChannel: 'NodeImage',
          },
          agentPoolProfiles: [
            {
              name: 'system',
              mode: 'System',
              vmSize: 'Standard_D4ds_v5',
              count: 3,
            },
            {
              name: 'user',
              mode: 'User',
              vmSize: 'Standard_D8ds_v5',
              enableAutoScaling: true,
              minCount: 1,
              maxCount: 10,
              count: 1 + Math.floor(random() * 10),
            },
          ],
        },
      },
    );
    const roll = random();
    if (roll < 0.05)
      setUpgrading(
        ctx,
        cluster,
        version.startsWith('1.35')
          ? '1.36.0'
          : `1.${Number(version.split('.')[1]) + 1}.${
              version.startsWith('1.33') ? 5 : 2
            }`,
      );
    else if (roll < 0.1) setStopped(ctx, cluster);
    else if (roll < 0.13)
      setFailed(
        ctx,
        cluster,
        'OverconstrainedAllocationRequest',
        'Allocation failed. VM(s) with the following constraints cannot be allocated, because the condition is too restrictive.',
      );
    if (random() < 0.3) setNodeImageBehind(poolNamed(ctx, cluster, 'user'));
  }
}
