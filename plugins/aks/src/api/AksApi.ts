import { createApiRef } from '@backstage/core-plugin-api';
import { FleetPage } from '@aks-backstage/plugin-aks-common';

/**
 * Query of the fleet endpoint.
 *
 * @public
 */
export interface FleetQuery {
  subscriptionId?: string;
  resourceGroup?: string;
  health?: string;
  cursor?: string;
}

/**
 * Reads AKS clusters from the AKS backend plugin.
 *
 * @public
 */
export interface AksApi {
  getFleet(query?: FleetQuery): Promise<FleetPage>;
}

/**
 * The API reference of {@link AksApi}.
 *
 * @public
 */
export const aksApiRef = createApiRef<AksApi>({ id: 'plugin.aks.service' });
