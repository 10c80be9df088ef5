import type { MaintenanceWindow as ArmMaintenanceWindow } from '@azure/arm-containerservice';
import {
  AksClusterRef,
  formatAksClusterId,
  MaintenanceConfigName,
} from '@aks-backstage/plugin-aks-common';
import { ArmReads, cacheKeys } from '../clusters/ArmReads';
import type { Fresh } from '../clusters/ReadThroughCache';
import { MaintenanceConfig, toMaintenanceConfig } from './armMaintenance';

/** A cluster's maintenance configurations, or why they could not be read. */
export type MaintenanceRead =
  | { configs: MaintenanceConfig[] }
  | { unknown: string };

/** The planned maintenance configurations of clusters, read and written through ARM. */
export class MaintenanceReads {
  readonly #arm: ArmReads;

  constructor(arm: ArmReads) {
    this.#arm = arm;
  }

  /**
   * A cluster's configurations, through the cache. A failure to read them
   * is not the cluster's read failing: it comes back as `unknown`, with why.
   */
  async read(ref: AksClusterRef): Promise<Fresh<MaintenanceRead>> {
    try {
      return await this.#arm.read(
        ref.subscriptionId,
        cacheKeys.maintenance(ref),
        () => this.#list(ref),
      );
    } catch (error) {
      return {
        value: {
          unknown: this.#arm.described(
            error,
            ref.subscriptionId,
            `the maintenance configurations of ${formatAksClusterId(ref)}`,
          ).message,
        },
        fetchedAt: new Date().toISOString(),
        stale: false,
      };
    }
  }

  async #list(ref: AksClusterRef): Promise<MaintenanceRead> {
    const { clients } = this.#arm;
    const configs: MaintenanceConfig[] = [];
    for await (const config of clients
      .containerService(ref.subscriptionId)
      .maintenanceConfigurations.listByManagedCluster(
        ref.resourceGroup,
        ref.name,
        clients.requestOptions(),
      )) {
      const read = toMaintenanceConfig(config);
      if (read) configs.push(read);
    }
    return { configs };
  }

  /** Sets a configuration's window, then forgets what was cached of the cluster's windows. */
  async write(
    ref: AksClusterRef,
    configName: MaintenanceConfigName,
    maintenanceWindow: ArmMaintenanceWindow,
  ): Promise<void> {
    const { clients } = this.#arm;
    try {
      // A PUT of the whole configuration. Maintenance configurations carry
      // no etag in ARM's spec, so there is no If-Match to send: the last
      // writer wins, as with `az aks maintenanceconfiguration update`.
      await clients
        .containerService(ref.subscriptionId)
        .maintenanceConfigurations.createOrUpdate(
          ref.resourceGroup,
          ref.name,
          configName,
          { maintenanceWindow },
          clients.requestOptions(),
        );
    } catch (error) {
      throw this.#arm.described(
        error,
        ref.subscriptionId,
        `the ${configName} configuration of ${formatAksClusterId(ref)}`,
      );
    } finally {
      await this.#arm.cache.invalidate(cacheKeys.maintenance(ref));
    }
  }
}
