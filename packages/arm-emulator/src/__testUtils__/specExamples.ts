import fs from 'node:fs';
import path from 'node:path';
import { PROD } from './demo';
import { SPEC_FILES, type SpecKey } from './specSchemas';
import type { SpecOperation, SpecValidator } from './specValidator';

/** One `x-ms-examples` file and the request it describes, ready to send to the emulator. */
export interface SpecExample {
  spec: SpecKey;
  name: string;
  operationId: string;
  method: string;
  path: string;
  body?: unknown;
  /** Status -> the example's response body. */
  responses: Record<string, { body?: unknown }>;
}

/**
 * Example keys the emulator leaves out on purpose, each with why. A listed
 * key the emulator returns after all fails the test, so the list stays true.
 */
export const EXAMPLE_EXCEPTIONS: Record<string, Record<string, string>> = {
  'ManagedClustersCreate_Premium.json': {
    'properties.privateFQDN is missing':
      'the request makes no private cluster (no apiServerAccessProfile.enablePrivateCluster), so there is no private FQDN',
  },
  'ContainerGroupsList.json': {
    'value[0].properties.containers[0].properties.instanceView is missing':
      "ACI's list leaves out the containers' instance views; the Get example has them",
  },
};

/** Specs whose `x-ms-examples` files azure-specs does not include, so they have no examples to send. */
export const SPECS_WITHOUT_EXAMPLES: SpecKey[] = [
  'roleDefinitions',
  'resourceList',
  'msi',
  'msiLatest',
  'extensions',
  'extensionsLatest',
  'flux',
  'fluxLatest',
];

/** Resource groups the examples name (created by the test before sending them). */
export const EXAMPLE_GROUPS = ['rg-examples', 'testrg'];

const ORDER: Record<string, number> = {
  PUT: 0,
  GET: 1,
  PATCH: 1,
  POST: 2,
  DELETE: 3,
};
const PLACEHOLDER_IDS =
  /a925f2f7-5c63-4b7b-8799-25a5f97bc3b2|00000000-0000-0000-0000-000000000000/g;

function readExamples(specsDir: string, file: string) {
  const dir = path.join(
    specsDir,
    'specification',
    path.dirname(file),
    'examples',
  );
  return fs.readdirSync(dir).map(name => ({
    name,
    json: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')),
  }));
}

/** Creates before reads before actions before deletes; pools after their cluster, and deleted before it. */
function byLifecycle(
  a: { operationId: string; spec: SpecOperation },
  b: { operationId: string; spec: SpecOperation },
) {
  const pools = (x: { operationId: string }) =>
    Number(x.operationId.startsWith('AgentPools'));
  return (
    ORDER[a.spec.method] - ORDER[b.spec.method] ||
    (pools(a) - pools(b)) * (a.spec.method === 'DELETE' ? -1 : 1)
  );
}

/**
 * The examples of one spec as requests on the emulator: in the demo's
 * production subscription, in {@link EXAMPLE_GROUPS}, a second create of the
 * same resource renamed so that each create makes its own.
 */
export function specExamples(
  specsDir: string,
  validator: SpecValidator,
  spec: SpecKey,
): SpecExample[] {
  if (SPECS_WITHOUT_EXAMPLES.includes(spec)) return [];
  const file = SPEC_FILES[spec];
  const operations = validator.exampleOperations(file);
  const created = new Set<string>();
  return readExamples(specsDir, file)
    .filter(e => operations.has(e.name))
    .map(e => ({
      ...e,
      operationId: operations.get(e.name)!,
      spec: validator.operation(file, operations.get(e.name)!),
    }))
    .sort(byLifecycle)
    .map(({ name, json, operationId, spec: { method, path: template } }) => {
      const params: Record<string, string> = {
        ...json.parameters,
        subscriptionId: PROD,
        resourceGroupName: template.includes('{scope}')
          ? 'testrg'
          : 'rg-examples',
        // One upstream example names an older api-version; the spec's own is the one served.
        'api-version': file.match(/\d{4}-\d{2}-\d{2}/)![0],
      };
      if (params.scope)
        params.scope = params.scope
          .replace(/subscriptions\/[^/]+/, `subscriptions/${PROD}`)
          .replace(/^\//, '');
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1]);
      if (method === 'PUT') {
        const key = names.map(n => params[n]).join('|');
        if (created.has(key)) params[names[names.length - 1]] += 'b';
        created.add(key);
      }
      const urlPath = template.replace(/\{([^}]+)\}/g, (_, n: string) =>
        n === 'scope' ? params.scope : encodeURIComponent(params[n]),
      );
      const bodyParam = validator
        .parameters(file, operationId)
        .find(p => p?.in === 'body');
      const body = bodyParam ? json.parameters[bodyParam.name] : undefined;
      return {
        spec,
        name,
        operationId,
        method,
        path: `${urlPath.startsWith('/') ? '' : '/'}${urlPath}?api-version=${
          params['api-version']
        }`,
        body:
          body &&
          JSON.parse(JSON.stringify(body).replace(PLACEHOLDER_IDS, PROD)),
        responses: json.responses,
      };
    });
}
