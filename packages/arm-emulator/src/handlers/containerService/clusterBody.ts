import { invalidParameter, missingProperty } from '../../errors/armError';
import { checkShape, type Shape } from '../arm/bodyShape';
import { requireLocation } from '../arm/location';
import { POOL_PROPERTY_SHAPES } from './validateAgentPool';

const CLUSTER_SHAPE: Shape = {
  fields: {
    location: 'string',
    tags: { map: 'string' },
    sku: { fields: { name: 'string', tier: 'string' } },
    identity: {
      fields: { type: 'string', userAssignedIdentities: { map: 'object' } },
    },
    properties: {
      fields: {
        kubernetesVersion: 'string',
        dnsPrefix: 'string',
        nodeResourceGroup: 'string',
        enableRBAC: 'boolean',
        supportPlan: 'string',
        agentPoolProfiles: {
          array: { fields: { name: 'string', ...POOL_PROPERTY_SHAPES } },
        },
        addonProfiles: {
          map: { fields: { enabled: 'boolean', config: { map: 'string' } } },
        },
        networkProfile: {
          fields: {
            networkPlugin: 'string',
            networkPluginMode: 'string',
            networkPolicy: 'string',
            networkDataplane: 'string',
            podCidr: 'string',
            serviceCidr: 'string',
            dnsServiceIP: 'string',
            outboundType: 'string',
            loadBalancerSku: 'string',
          },
        },
        autoUpgradeProfile: {
          fields: { upgradeChannel: 'string', nodeOSUpgradeChannel: 'string' },
        },
        servicePrincipalProfile: {
          fields: { clientId: 'string', secret: 'string' },
        },
        oidcIssuerProfile: { fields: { enabled: 'boolean' } },
        securityProfile: {
          fields: { workloadIdentity: { fields: { enabled: 'boolean' } } },
        },
      },
    },
  },
};

const ENUMS: [string, (b: any) => unknown, string[]][] = [
  ['sku.tier', b => b.sku?.tier, ['Free', 'Standard', 'Premium']],
  ['sku.name', b => b.sku?.name, ['Base', 'Basic', 'Automatic']],
  [
    'identity.type',
    b => b.identity?.type,
    ['SystemAssigned', 'UserAssigned', 'None'],
  ],
  [
    'properties.supportPlan',
    b => b.properties?.supportPlan,
    ['KubernetesOfficial', 'AKSLongTermSupport'],
  ],
  [
    'properties.networkProfile.networkPlugin',
    b => b.properties?.networkProfile?.networkPlugin,
    ['azure', 'kubenet', 'none'],
  ],
  [
    'properties.networkProfile.networkPluginMode',
    b => b.properties?.networkProfile?.networkPluginMode,
    ['overlay'],
  ],
  [
    'properties.networkProfile.networkDataplane',
    b => b.properties?.networkProfile?.networkDataplane,
    ['azure', 'cilium'],
  ],
  [
    'properties.autoUpgradeProfile.upgradeChannel',
    b => b.properties?.autoUpgradeProfile?.upgradeChannel,
    ['rapid', 'stable', 'patch', 'node-image', 'none'],
  ],
  [
    'properties.autoUpgradeProfile.nodeOSUpgradeChannel',
    b => b.properties?.autoUpgradeProfile?.nodeOSUpgradeChannel,
    ['None', 'Unmanaged', 'NodeImage', 'SecurityPatch'],
  ],
];

/** Type checks plus required fields, for create and update. */
export function checkClusterBody(body: Record<string, any>): void {
  checkShape(body, CLUSTER_SHAPE, '');
  requireLocation(body);
  for (const [target, read, allowed] of ENUMS) {
    const value = read(body);
    if (value !== undefined && !allowed.includes(value as string)) {
      throw invalidParameter(
        `The value '${value}' of ${target} is invalid. Allowed values: ${allowed.join(
          ', ',
        )}.`,
        target,
      );
    }
  }
  for (const [name, addon] of Object.entries<any>(
    body.properties?.addonProfiles ?? {},
  )) {
    if (addon?.enabled === undefined)
      throw missingProperty(`properties.addonProfiles.${name}`, 'enabled');
  }
}
