import { parseArmResourceId } from '@aks-backstage/plugin-aks-common';
import { actionInput } from '../lib/actionInput';
import { fields } from '../lib/inputs';
import { kubernetesFields } from '../lib/kubernetesInputs';
import { BUILT_IN_ROLES } from '../lib/roleAssignments';

const GUID =
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ROLE_DEFINITION_ID = new RegExp(
  `^(/subscriptions/${GUID})?/providers/Microsoft\\.Authorization/roleDefinitions/(${GUID})$`,
  'i',
);
const ROLE_GUID = new RegExp(`^${GUID}$`);
const ROLE_NAMES = Object.keys(BUILT_IN_ROLES);

/** The role the input asks for. */
export interface Role {
  /** The built-in role's name, or the role definition's GUID. */
  name: string;
  guid: string;
  /** The role definition id as given; undefined for a built-in role or a bare GUID. */
  definitionId?: string;
}

/** The role a `roleDefinition` names: a built-in role of the table, a role definition GUID or id. */
export function roleOf(roleDefinition: string): Role | undefined {
  if (Object.hasOwn(BUILT_IN_ROLES, roleDefinition)) {
    const name = roleDefinition as keyof typeof BUILT_IN_ROLES;
    return { name, guid: BUILT_IN_ROLES[name] };
  }
  if (ROLE_GUID.test(roleDefinition)) {
    return { name: roleDefinition, guid: roleDefinition.toLowerCase() };
  }
  const id = ROLE_DEFINITION_ID.exec(roleDefinition);
  if (id) {
    return {
      name: id[2],
      guid: id[2].toLowerCase(),
      definitionId: id[1] ? roleDefinition : undefined,
    };
  }
  return undefined;
}

/** The input of `azure:aks:workload-identity:create`. */
export const workloadIdentityInput = actionInput(z =>
  z
    .object({
      subscriptionId: fields.subscriptionId(z),
      resourceGroup: fields
        .resourceGroup(z)
        .describe("The cluster's resource group"),
      clusterName: fields.clusterName(z),
      identityResourceGroup: fields
        .resourceGroup(z)
        .optional()
        .describe("The identity's resource group; defaults to the cluster's"),
      identityName: z
        .string()
        .regex(
          /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/,
          "must be 3-128 letters, digits, '-' or '_', starting with a letter or digit",
        )
        .describe('The user-assigned managed identity'),
      location: fields
        .location(z)
        .optional()
        .describe("The identity's region; defaults to the cluster's"),
      namespace: kubernetesFields
        .namespace(z)
        .describe("The service account's namespace"),
      serviceAccountName: kubernetesFields
        .objectName(z)
        .describe('The Kubernetes service account the pods run as'),
      roleDefinition: z
        .string()
        .refine(
          value => roleOf(value) !== undefined,
          `must be one of ${ROLE_NAMES.join(
            ', ',
          )}, or a role definition id (a GUID, or /providers/Microsoft.Authorization/roleDefinitions/<guid>)`,
        )
        .optional()
        .describe(
          `A role for the identity on roleScope: ${ROLE_NAMES.join(
            ', ',
          )}, or a role definition id`,
        ),
      roleScope: z
        .string()
        .superRefine((scope, ctx) => {
          try {
            parseArmResourceId(scope);
          } catch (error) {
            ctx.addIssue({ code: 'custom', message: (error as Error).message });
          }
        })
        .optional()
        .describe(
          'The ARM id of what the role applies to: a subscription, a resource group or a resource',
        ),
      enableWorkloadIdentity: z
        .boolean()
        .default(false)
        .describe(
          "Turns on the cluster's OIDC issuer and workload identity when they are off: an update of the cluster. Without it, such a cluster is refused",
        ),
      timeoutMinutes: fields.timeoutMinutes(z, 20),
    })
    .superRefine((input, ctx) => {
      if (input.roleDefinition && !input.roleScope)
        ctx.addIssue({
          code: 'custom',
          path: ['roleScope'],
          message: 'goes with roleDefinition: the scope the role applies to',
        });
      if (input.roleScope && !input.roleDefinition)
        ctx.addIssue({
          code: 'custom',
          path: ['roleDefinition'],
          message: 'goes with roleScope: the role to grant on it',
        });
    }),
);

export type WorkloadIdentityInput = ReturnType<
  typeof workloadIdentityInput.parse
>;
