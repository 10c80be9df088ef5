import {
  isValidClusterName,
  isValidKubernetesVersion,
} from '@aks-backstage/plugin-aks-common';
import { actionInput } from '../lib/actionInput';
import { fields, resourceGroupFields } from '../lib/inputs';
import { checkNodeCount } from '../lib/nodeCount';
import { autoUpgradeWindowInput } from './aksCreate.window.input';

// AKS: 1-54 letters, digits and hyphens, starting and ending with a letter or digit.
export const DNS_PREFIX = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,52}[a-zA-Z0-9])?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDENTITY_ID =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[-\w]{3,128}$/i;

/** The input of `azure:aks:create`. */
export const clusterInput = actionInput(z =>
  z
    .object({
      ...resourceGroupFields(z),
      name: z
        .string()
        .refine(
          isValidClusterName,
          'must be 1-63 letters, digits, - or _, starting and ending with a letter or digit',
        )
        .describe('The cluster name'),
      location: fields.location(z),
      dnsPrefix: z
        .string()
        .regex(
          DNS_PREFIX,
          'must be 1-54 letters, digits or hyphens, starting and ending with a letter or digit',
        )
        .optional()
        .describe(
          'Prefix of the API server name; fixed at creation. Defaults to the cluster name without the characters DNS does not allow',
        ),
      kubernetesVersion: z
        .string()
        .refine(isValidKubernetesVersion, 'must look like 1.34 or 1.34.5')
        .optional()
        .describe(
          "Checked against the versions AKS offers in the location before anything is created; defaults to the location's default version",
        ),
      tier: z
        .enum(['Free', 'Standard', 'Premium'])
        .default('Standard')
        .describe(
          'Defaults to Standard, with the uptime SLA. Free has no SLA; Premium adds long-term support',
        ),
      supportPlan: z
        .enum(['KubernetesOfficial', 'AKSLongTermSupport'])
        .default('KubernetesOfficial')
        .describe('AKSLongTermSupport needs the Premium tier'),
      nodeVmSize: fields.vmSize(z, 'Standard_D4ds_v5'),
      nodeCount: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe(
          'System pool nodes; defaults to 3, or to minCount when autoscaling',
        ),
      enableAutoScaling: z.boolean().default(false),
      minCount: z.number().int().min(1).max(1000).optional(),
      maxCount: z.number().int().min(1).max(1000).optional(),
      availabilityZones: z
        .array(z.enum(['1', '2', '3']))
        .optional()
        .describe('Zones of the system pool; fixed at creation'),
      osSku: z.enum(['Ubuntu', 'AzureLinux']).default('Ubuntu'),
      networkPlugin: z
        .enum(['azure', 'kubenet', 'none'])
        .default('azure')
        .describe(
          'Fixed at creation. azure: Azure CNI (virtual nodes, network policies); kubenet: node-local routes, retiring; none: bring your own CNI',
        ),
      networkPluginMode: z
        .enum(['overlay', 'nodeSubnet'])
        .default('overlay')
        .describe(
          'Fixed at creation, Azure CNI only. overlay: pods get addresses from a private range and save VNet addresses; nodeSubnet: pods get addresses from subnetId, as virtual nodes need',
        ),
      networkPolicy: z
        .enum(['none', 'azure', 'calico', 'cilium'])
        .default('none')
        .describe('cilium goes with the cilium dataplane'),
      networkDataplane: z
        .enum(['azure', 'cilium'])
        .default('azure')
        .describe('Fixed at creation; cilium needs Azure CNI'),
      maxPods: z
        .number()
        .int()
        .min(10)
        .max(250)
        .optional()
        .describe('Pods per node in the system pool; fixed at creation'),
      subnetId: fields
        .subnetId(z)
        .optional()
        .describe(
          'The subnet of the nodes (and, in nodeSubnet mode, of the pods); fixed at creation',
        ),
      userAssignedIdentityId: z
        .string()
        .regex(IDENTITY_ID, 'must be the ARM id of a user-assigned identity')
        .optional()
        .describe("The cluster's identity; defaults to a system-assigned one"),
      enableEntraId: z
        .boolean()
        .default(true)
        .describe('Sign-in with Microsoft Entra ID'),
      enableAzureRbac: z
        .boolean()
        .default(true)
        .describe('Kubernetes authorization by Azure role assignments'),
      adminGroupObjectIds: z
        .array(z.string().regex(GUID, 'must be an Entra group object id'))
        .optional(),
      autoUpgradeChannel: z
        .enum(['rapid', 'stable', 'patch', 'node-image', 'none'])
        .default('patch')
        .describe(
          'How AKS upgrades Kubernetes by itself, in the auto-upgrade window. patch: the latest patch of the minor version; stable: the latest patch of the minor version before the newest; rapid: the newest; node-image: node images only; none: by hand only',
        ),
      nodeOsUpgradeChannel: z
        .enum(['None', 'Unmanaged', 'NodeImage', 'SecurityPatch'])
        .default('NodeImage')
        .describe(
          "How the nodes' operating system is updated. NodeImage: a new node image every week; SecurityPatch: security updates on the image; Unmanaged: by the OS itself; None: not at all",
        ),
      autoUpgradeWindow: autoUpgradeWindowInput(z),
      tags: fields.tags(z),
      timeoutMinutes: fields.timeoutMinutes(z, 30),
    })
    .superRefine((input, ctx) => {
      const problem = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      checkNodeCount(input, problem);
      const azureCni = input.networkPlugin === 'azure';
      if (
        input.networkPluginMode === 'nodeSubnet' &&
        azureCni &&
        !input.subnetId
      )
        problem('subnetId', 'is needed in the nodeSubnet network mode');
      if (input.networkDataplane === 'cilium' && !azureCni)
        problem('networkDataplane', 'cilium needs the azure network plugin');
      if (
        input.networkDataplane === 'cilium' &&
        !['none', 'cilium'].includes(input.networkPolicy)
      )
        problem(
          'networkPolicy',
          'the cilium dataplane enforces cilium policies',
        );
      if (
        input.networkPolicy === 'cilium' &&
        input.networkDataplane !== 'cilium'
      )
        problem('networkPolicy', 'cilium needs the cilium dataplane');
      if (input.networkPolicy === 'azure' && !azureCni)
        problem('networkPolicy', 'azure needs the azure network plugin');
      if (input.networkPlugin === 'none' && input.networkPolicy !== 'none')
        problem('networkPolicy', 'a network policy needs a network plugin');
      if (
        input.supportPlan === 'AKSLongTermSupport' &&
        input.tier !== 'Premium'
      )
        problem('supportPlan', 'AKSLongTermSupport needs the Premium tier');
      if (!input.enableEntraId && input.enableAzureRbac)
        problem('enableAzureRbac', 'Azure RBAC needs enableEntraId');
      if (!input.enableEntraId && input.adminGroupObjectIds)
        problem('adminGroupObjectIds', 'admin groups need enableEntraId');
    }),
);

/** The validated input of `azure:aks:create`, defaults applied. */
export type ClusterInput = ReturnType<typeof clusterInput.parse>;
