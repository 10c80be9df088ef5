import type { StoredResource } from '../../persistence/resourceStore';
import { deepClone } from '../../util/random';
import { renderResource } from '../arm/renderResource';
import { normalizeLocation } from '../arm/location';

export const ACR_NAMESPACE = 'Microsoft.ContainerRegistry';
export { ACR_API_VERSIONS } from './acrApiVersions';
export const REGISTRY_TYPE = 'Microsoft.ContainerRegistry/registries';

/** The properties ACR returns for a registry it created. */
export function newRegistryBody(
  name: string,
  input: Record<string, any>,
  provisioningState: string,
): Record<string, any> {
  const properties = input.properties ?? {};
  const now = new Date().toISOString();
  const policies = {
    quarantinePolicy: { status: 'disabled' },
    trustPolicy: { type: 'Notary', status: 'disabled' },
    retentionPolicy: { days: 7, status: 'disabled' },
    exportPolicy: { status: 'enabled' },
    azureADAuthenticationAsArmPolicy: { status: 'enabled' },
    ...properties.policies,
  };
  policies.retentionPolicy = {
    ...policies.retentionPolicy,
    lastUpdatedTime: now,
  };
  return {
    location: normalizeLocation(input.location),
    ...(input.tags ? { tags: input.tags } : {}),
    sku: { name: input.sku.name, tier: input.sku.name },
    ...(input.identity ? { identity: input.identity } : {}),
    properties: {
      loginServer: `${name.toLowerCase()}.azurecr.io`,
      creationDate: now,
      provisioningState,
      adminUserEnabled: properties.adminUserEnabled ?? false,
      networkRuleSet: properties.networkRuleSet ?? {
        defaultAction: 'Allow',
        ipRules: [],
      },
      policies,
      encryption: properties.encryption ?? { status: 'disabled' },
      dataEndpointEnabled: properties.dataEndpointEnabled ?? false,
      dataEndpointHostNames: [],
      privateEndpointConnections: [],
      publicNetworkAccess: properties.publicNetworkAccess ?? 'Enabled',
      networkRuleBypassOptions:
        properties.networkRuleBypassOptions ?? 'AzureServices',
      networkRuleBypassAllowedForTasks: false,
      zoneRedundancy: properties.zoneRedundancy ?? 'Disabled',
      anonymousPullEnabled: properties.anonymousPullEnabled ?? false,
      roleAssignmentMode:
        properties.roleAssignmentMode ?? 'LegacyRegistryPermissions',
    },
  };
}

export const renderRegistry = (record: StoredResource) =>
  renderResource(record, REGISTRY_TYPE, deepClone(record.body));
