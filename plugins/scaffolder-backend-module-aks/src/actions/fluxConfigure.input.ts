import { actionInput } from '../lib/actionInput';
import { repositoryUrlProblem } from '../lib/gitRepository';
import { fields } from '../lib/inputs';
import { kubernetesFields } from '../lib/kubernetesInputs';

// A git branch name, without what git refuses in one (`..`, `//`, a leading or trailing `/`, `.lock`).
const BRANCH = /^[A-Za-z0-9._/-]{1,255}$/;
const PATH = /^[A-Za-z0-9._/-]{1,512}$/;

/** The input of `azure:aks:flux:configure`. */
export const fluxInput = actionInput(z =>
  z.object({
    subscriptionId: fields.subscriptionId(z),
    resourceGroup: fields
      .resourceGroup(z)
      .describe("The cluster's resource group"),
    clusterName: fields.clusterName(z),
    name: kubernetesFields
      .shortName(z, 30)
      .describe('The Flux configuration: 1-30 lower-case letters, digits or -'),
    namespace: kubernetesFields
      .namespace(z)
      .default('flux-system')
      .describe("The Flux configuration's namespace; defaults to flux-system"),
    scope: z
      .enum(['cluster', 'namespace'])
      .default('cluster')
      .describe(
        'cluster: Flux may change anything in the cluster; namespace: only its own namespace',
      ),
    repoUrl: z
      .string()
      .superRefine((url, ctx) => {
        const problem = repositoryUrlProblem(url);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .describe(
        'The git repository: https://host/path, ssh://git@host/path or git@host:path, without credentials',
      ),
    branch: z
      .string()
      .regex(
        BRANCH,
        "must be a branch name: letters, digits, '.', '_', '-' or '/'",
      )
      .refine(
        branch => !/\.\.|\/\/|^\/|\/$|\.lock$|^-/.test(branch),
        "must be a branch name git takes: no '..', '//', leading or trailing '/', leading '-' or trailing .lock",
      )
      .default('main'),
    kustomizations: z
      .array(
        z.object({
          name: kubernetesFields.shortName(z, 30),
          path: z
            .string()
            .regex(PATH, 'must be a path in the repository, such as ./apps')
            .refine(
              path => !path.split('/').includes('..'),
              "must stay inside the repository: no '..'",
            ),
          prune: z
            .boolean()
            .optional()
            .describe(
              'Delete what is removed from the repository; off unless asked',
            ),
        }),
      )
      .min(1)
      .max(20)
      .refine(
        list => new Set(list.map(k => k.name)).size === list.length,
        'must have distinct names',
      )
      .default([{ name: 'apps', path: './' }])
      .describe(
        'What Flux applies from the repository; defaults to apps at ./',
      ),
    syncIntervalInSeconds: z
      .number()
      .int()
      .min(60)
      .max(86400)
      .default(600)
      .describe('How often Flux reads the repository; defaults to 600'),
    localAuthRef: kubernetesFields
      .objectName(z)
      .optional()
      .describe(
        "A Kubernetes secret in the configuration's namespace with the repository's credentials (for a private repository); this action takes no credentials itself",
      ),
    timeoutMinutes: fields.timeoutMinutes(z, 20),
  }),
);

export type FluxInput = ReturnType<typeof fluxInput.parse>;
