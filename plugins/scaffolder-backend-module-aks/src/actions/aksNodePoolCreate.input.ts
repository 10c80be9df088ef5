import { actionInput } from '../lib/actionInput';
import { fields } from '../lib/inputs';
import { checkNodeCount } from '../lib/nodeCount';

const TAINT =
  /^[A-Za-z0-9]([-A-Za-z0-9_./]{0,251}[A-Za-z0-9])?=[-A-Za-z0-9_.]{0,63}:(NoSchedule|PreferNoSchedule|NoExecute)$/;

/** The input of `azure:aks:nodepool:create`. */
export const nodePoolInput = actionInput(z =>
  z
    .object({
      clusterId: fields.clusterId(z),
      name: z
        .string()
        .regex(
          /^[a-z][a-z0-9]{0,11}$/,
          'must be 1-12 lower-case letters and digits, starting with a letter',
        )
        .describe('The node pool name (at most 6 characters for Windows)'),
      mode: z
        .enum(['User', 'System'])
        .default('User')
        .describe('System pools run the cluster add-ons; defaults to User'),
      osType: z.enum(['Linux', 'Windows']).default('Linux'),
      osSku: z
        .enum(['Ubuntu', 'AzureLinux', 'Windows2022', 'Windows2025'])
        .optional(),
      vmSize: fields.vmSize(z, 'Standard_D4ds_v5'),
      nodeCount: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .optional()
        .describe('Defaults to 1, or to minCount when autoscaling'),
      enableAutoScaling: z.boolean().default(false),
      minCount: z.number().int().min(0).max(1000).optional(),
      maxCount: z.number().int().min(1).max(1000).optional(),
      priority: z
        .enum(['Regular', 'Spot'])
        .default('Regular')
        .describe(
          'Spot: spare Azure capacity at a discount, evicted when Azure needs it back; User pools only. AKS taints spot nodes with kubernetes.azure.com/scalesetpriority=spot:NoSchedule',
        ),
      evictionPolicy: z
        .enum(['Delete', 'Deallocate'])
        .default('Delete')
        .describe('What becomes of evicted spot nodes'),
      spotMaxPrice: z
        .number()
        .optional()
        .describe(
          'Highest price per node and hour in US dollars; -1 (the default) pays up to the on-demand price',
        ),
      taints: z
        .array(z.string().regex(TAINT, 'must look like key=value:NoSchedule'))
        .optional(),
      labels: z.record(z.string().max(63)).optional(),
      availabilityZones: z.array(z.enum(['1', '2', '3'])).optional(),
      maxPods: z.number().int().min(10).max(250).optional(),
      subnetId: fields.subnetId(z).optional(),
      tags: fields.tags(z),
      timeoutMinutes: fields.timeoutMinutes(z, 20),
    })
    .superRefine((input, ctx) => {
      const problem = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (input.osType === 'Windows' && input.name.length > 6)
        problem('name', 'Windows pool names have at most 6 characters');
      checkNodeCount(input, problem);
      if (input.mode === 'System') {
        if (input.priority === 'Spot')
          problem('priority', 'System pools cannot be spot pools');
        if (input.nodeCount === 0 || input.minCount === 0)
          problem('nodeCount', 'System pools need at least one node');
      }
      if (input.spotMaxPrice !== undefined) {
        if (input.priority !== 'Spot')
          problem('spotMaxPrice', 'goes with priority Spot');
        else if (input.spotMaxPrice !== -1 && input.spotMaxPrice <= 0)
          problem('spotMaxPrice', 'must be -1 or a price above 0');
      }
    }),
);

export type NodePoolInput = ReturnType<typeof nodePoolInput.parse>;
