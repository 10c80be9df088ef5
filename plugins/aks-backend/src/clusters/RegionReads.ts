import {
  KubernetesVersionInfo,
  LocationList,
} from '@aks-backstage/plugin-aks-common';
import { invalidInput } from '../validation/inputErrors';
import { ArmReads } from './ArmReads';
import { toVersionInfos } from './armMapping';
import { Fresh } from './ReadThroughCache';

/** Where AKS offers clusters to a subscription, and the Kubernetes versions of a location. */
export class RegionReads {
  readonly #arm: ArmReads;

  constructor(arm: ArmReads) {
    this.#arm = arm;
  }

  /** Where AKS offers managed clusters to a subscription, from its provider registration. */
  async listLocations(subscriptionId: string): Promise<LocationList> {
    return { items: (await this.#offeredLocations(subscriptionId)) ?? [] };
  }

  /**
   * A location a caller named must be one where AKS offers clusters to the
   * subscription (a cached read), so that made-up names cost no Azure call
   * and no cache entry. When the registration does not list them, any
   * location goes on to Azure, which answers for it.
   */
  async requireOfferedLocation(
    subscriptionId: string,
    location: string,
  ): Promise<void> {
    const offered = await this.#offeredLocations(subscriptionId);
    if (offered && !offered.some(l => l.name === location.toLowerCase())) {
      throw invalidInput(
        'location',
        location,
        `AKS offers no managed clusters there to subscription ${subscriptionId}`,
      );
    }
  }

  async listKubernetesVersions(
    subscriptionId: string,
    location: string,
  ): Promise<Fresh<KubernetesVersionInfo[]>> {
    const { clients } = this.#arm;
    const client = clients.containerService(subscriptionId);
    return this.#arm.read(
      subscriptionId,
      `versions:${location}`.toLowerCase(),
      async () => {
        const result = await client.managedClusters.listKubernetesVersions(
          location,
          clients.requestOptions(),
        );
        return toVersionInfos(result.values ?? []);
      },
    );
  }

  /** The locations of the managed clusters' registration; null where it lists none. */
  async #offeredLocations(
    subscriptionId: string,
  ): Promise<LocationList['items'] | null> {
    const { clients } = this.#arm;
    const client = clients.resources(subscriptionId);
    const { value } = await this.#arm.read(
      subscriptionId,
      `locations:${subscriptionId}`.toLowerCase(),
      async () => {
        const provider = await client.providers.get(
          'Microsoft.ContainerService',
          clients.requestOptions(),
        );
        const locations = provider.resourceTypes?.find(
          t => t?.resourceType?.toLowerCase() === 'managedclusters',
        )?.locations;
        if (!Array.isArray(locations) || locations.length === 0) return null;
        return locations
          .filter((l): l is string => typeof l === 'string')
          .map(displayName => ({
            name: displayName.replace(/\s+/g, '').toLowerCase(),
            displayName,
          }))
          .sort((a, b) => a.displayName.localeCompare(b.displayName));
      },
    );
    return value;
  }
}
