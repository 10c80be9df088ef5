import { newGuid, stableGuid } from '../../util/ids';

/** The ids of a managed identity: stable per seed for seeded resources, new ones otherwise. */
export function identityIds(seed: string, deterministic: boolean) {
  const make = (part: string) =>
    deterministic ? stableGuid(`${seed}/${part}`) : newGuid();
  return {
    principalId: make('principal'),
    clientId: make('client'),
    objectId: make('object'),
  };
}

/** Enabled addons get the managed identity AKS creates for them. */
export function completeAddons(
  addons: Record<string, any>,
  subscriptionId: string,
  nodeResourceGroup: string,
  clusterId: string,
  deterministic: boolean,
): Record<string, any> {
  const result: Record<string, any> = {};
  for (const [name, addon] of Object.entries<any>(addons)) {
    result[name] = {
      ...addon,
      config:
        addon.config ??
        (name === 'aciConnectorLinux'
          ? { SubnetName: 'virtual-node-aci' }
          : undefined),
    };
    if (result[name].config === undefined) delete result[name].config;
    if (addon.enabled && !addon.identity) {
      const ids = identityIds(
        `${clusterId.toLowerCase()}/${name}`,
        deterministic,
      );
      result[name].identity = {
        resourceId: `/subscriptions/${subscriptionId}/resourcegroups/${nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name.toLowerCase()}-${clusterId
          .split('/')
          .pop()}`,
        clientId: ids.clientId,
        objectId: ids.objectId,
      };
    }
    if (!addon.enabled) delete result[name].identity;
  }
  return result;
}
