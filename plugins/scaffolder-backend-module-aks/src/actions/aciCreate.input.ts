import type { ContainerGroup } from '@azure/arm-containerinstance';
import { actionInput } from '../lib/actionInput';
import { fields, resourceGroupFields } from '../lib/inputs';

/** The input of `azure:aci:create`. */
export const containerGroupInput = actionInput(z =>
  z
    .object({
      ...resourceGroupFields(z),
      name: z
        .string()
        .regex(
          /^[a-z0-9](?:[a-z0-9]|-(?!-)){0,61}[a-z0-9]$|^[a-z0-9]$/,
          'must be 1-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit',
        )
        .describe('The container group name, also the name of its container'),
      location: fields.location(z),
      image: z
        .string()
        .regex(/^\S+$/, 'must be an image reference such as nginx:1.27')
        .describe('The container image'),
      cpu: z.number().min(0.1).max(4).default(1).describe('CPU cores'),
      memoryInGB: z.number().min(0.1).max(16).default(1.5),
      ports: z
        .array(z.number().int().min(1).max(65535))
        .optional()
        .describe('TCP ports to expose on a public IP address'),
      dnsNameLabel: z
        .string()
        .regex(/^[a-z][a-z0-9-]{1,61}[a-z0-9]$/, 'must be a DNS label')
        .optional()
        .describe(
          'Gives the public IP the name <label>.<location>.azurecontainer.io',
        ),
      osType: z.enum(['Linux', 'Windows']).default('Linux'),
      restartPolicy: z.enum(['Always', 'OnFailure', 'Never']).default('Always'),
      command: z.array(z.string()).optional(),
      environmentVariables: z
        .record(z.string())
        .optional()
        .describe(
          'Plain values, readable by anyone who may read the group: no secrets',
        ),
      tags: fields.tags(z),
      timeoutMinutes: fields.timeoutMinutes(z, 10),
    })
    .refine(input => !input.dnsNameLabel || input.ports?.length, {
      path: ['dnsNameLabel'],
      message: 'needs ports to expose',
    }),
);
export type ContainerGroupInput = ReturnType<typeof containerGroupInput.parse>;

/** The container group Azure is asked to create, with its tags. */
export function containerGroupBody(
  input: ContainerGroupInput,
  tags: Record<string, string>,
): ContainerGroup {
  const ports = input.ports?.map(port => ({ port, protocol: 'TCP' as const }));
  return {
    location: input.location,
    tags,
    osType: input.osType,
    restartPolicy: input.restartPolicy,
    containers: [
      {
        name: input.name,
        image: input.image,
        command: input.command,
        ports,
        environmentVariables: Object.entries(
          input.environmentVariables ?? {},
        ).map(([name, value]) => ({ name, value })),
        resources: {
          requests: { cpu: input.cpu, memoryInGB: input.memoryInGB },
        },
      },
    ],
    ipAddress: ports
      ? { type: 'Public', ports, dnsNameLabel: input.dnsNameLabel }
      : undefined,
  };
}
