import {
  AksClusterRef,
  ClusterDetails,
  ClusterResponse,
  formatAksClusterId,
  KubernetesVersionInfo,
  UpgradeInfo,
} from '@aks-backstage/plugin-aks-common';
import { buildHealthInput, computeHealth, kubernetesSupport } from '../health';
import { withMaintenance } from '../maintenance/maintenanceHealth';
import type {
  MaintenanceRead,
  MaintenanceReads,
} from '../maintenance/MaintenanceReads';
import { ArmReads, cacheKeys } from './ArmReads';
import { toClusterDetails, toUpgradeInfo } from './armMapping';
import { oncePerPair } from './oncePerPair';
import { Fresh } from './ReadThroughCache';
import { RegionReads } from './RegionReads';
import { ServicePrincipalSecrets } from './ServicePrincipalSecrets';

/** A part of a cluster's read that failed, and why, in words that name no secret. */
interface Unread {
  unknown: string;
}

interface ClusterSnapshot {
  details: ClusterDetails;
  upgrades: UpgradeInfo;
}

/** Upgrade options that could not be read: none offered, and why. */
function unknownUpgrades(
  details: ClusterDetails,
  unknown: string,
): UpgradeInfo {
  return {
    controlPlaneProfile: {
      kubernetesVersion: details.currentKubernetesVersion,
      upgrades: [],
    },
    agentPoolProfiles: [],
    unknown,
  };
}

type Judged = Omit<ClusterResponse, 'fetchedAt' | 'stale'>;

/**
 * A cluster with its health and support, judged once per change of its
 * read, its region's versions or its maintenance windows, and for each of
 * whether an entity calls it production.
 */
const judge = oncePerPair(
  (
    { details, upgrades }: ClusterSnapshot,
    versions: KubernetesVersionInfo[] | Unread,
  ) => {
    const base = Array.isArray(versions)
      ? buildHealthInput(details, versions, upgrades)
      : buildHealthInput(details, undefined, upgrades, {
          kubernetesVersions: versions.unknown,
        });
    const judged = new WeakMap<MaintenanceRead, Map<boolean, Judged>>();
    return (maintenance: MaintenanceRead, production: boolean): Judged => {
      let byProduction = judged.get(maintenance);
      if (!byProduction) {
        byProduction = new Map();
        judged.set(maintenance, byProduction);
      }
      let result = byProduction.get(production);
      if (!result) {
        const input = withMaintenance(
          { ...base, production: base.production || production },
          maintenance,
        );
        result = {
          ...details,
          health: computeHealth(input),
          support: kubernetesSupport(input),
          upgrades,
        };
        byProduction.set(production, result);
      }
      return result;
    };
  },
);

/** One cluster as ARM has it, with its upgrade options and health. */
export class ClusterReads {
  readonly #arm: ArmReads;
  readonly #regions: RegionReads;
  readonly #secrets: ServicePrincipalSecrets;
  readonly #maintenance: MaintenanceReads;

  constructor(
    arm: ArmReads,
    regions: RegionReads,
    maintenance: MaintenanceReads,
  ) {
    this.#arm = arm;
    this.#regions = regions;
    this.#maintenance = maintenance;
    this.#secrets = new ServicePrincipalSecrets(arm);
  }

  /**
   * A cluster with its health. Only the cluster's own read is needed: its
   * region's Kubernetes versions, its upgrade options and its maintenance
   * windows are shown as unknown, with a finding, when they cannot be read.
   * `production`: an entity whose lifecycle is production names it.
   */
  async getCluster(
    ref: AksClusterRef,
    options: { production?: boolean } = {},
  ): Promise<ClusterResponse> {
    const [snapshot, maintenance] = await Promise.all([
      this.#snapshot(ref),
      this.#maintenance.read(ref),
    ]);
    const { details } = snapshot.value;
    const versions: Fresh<KubernetesVersionInfo[] | Unread> =
      await this.#regions
        .listKubernetesVersions(ref.subscriptionId, details.location)
        .catch(error => ({
          value: { unknown: (error as Error).message },
          fetchedAt: snapshot.fetchedAt,
          stale: false,
        }));
    return {
      ...judge(snapshot.value, versions.value)(
        maintenance.value,
        !!options.production,
      ),
      fetchedAt: snapshot.fetchedAt,
      stale: snapshot.stale || versions.stale || maintenance.stale,
    };
  }

  async getUpgrades(ref: AksClusterRef): Promise<UpgradeInfo> {
    return (await this.#snapshot(ref)).value.upgrades;
  }

  #snapshot(ref: AksClusterRef): Promise<Fresh<ClusterSnapshot>> {
    return this.#arm.read(ref.subscriptionId, cacheKeys.cluster(ref), () =>
      this.#readSnapshot(ref),
    );
  }

  async #readSnapshot(ref: AksClusterRef): Promise<ClusterSnapshot> {
    const { clients } = this.#arm;
    const subscription = clients.subscription(ref.subscriptionId);
    const client = clients.containerService(ref.subscriptionId);
    const { resourceGroup, name } = ref;
    const profile = client.managedClusters
      .getUpgradeProfile(resourceGroup, name, clients.requestOptions())
      .then(
        found => ({ found }),
        (error: unknown) => ({ error }),
      );
    const cluster = await client.managedClusters.get(
      resourceGroup,
      name,
      clients.requestOptions(),
    );
    const details = toClusterDetails(ref, cluster, subscription.displayName);
    const servicePrincipal = details.identity.servicePrincipal;
    const [upgrades, secretExpiresOn] = await Promise.all([
      (async (): Promise<UpgradeInfo> => {
        const read = await profile;
        if ('error' in read) throw read.error;
        const pools = await Promise.all(
          details.nodePools
            .filter(pool => pool.name)
            .map(async pool => ({
              name: pool.name,
              profile: await client.agentPools.getUpgradeProfile(
                resourceGroup,
                name,
                pool.name,
                clients.requestOptions(),
              ),
            })),
        );
        return toUpgradeInfo(read.found, pools);
      })().catch(error =>
        unknownUpgrades(
          details,
          this.#arm.described(
            error,
            ref.subscriptionId,
            `the upgrade options of ${formatAksClusterId(ref)}`,
          ).message,
        ),
      ),
      servicePrincipal &&
        this.#secrets.lastEnd(ref.subscriptionId, servicePrincipal.clientId),
    ]);
    if (servicePrincipal && secretExpiresOn) {
      servicePrincipal.secretExpiresOn = secretExpiresOn;
    }
    for (const pool of details.nodePools) {
      pool.latestNodeImageVersion = upgrades.agentPoolProfiles.find(
        p => p.name === pool.name,
      )?.latestNodeImageVersion;
    }
    return { details, upgrades };
  }
}
