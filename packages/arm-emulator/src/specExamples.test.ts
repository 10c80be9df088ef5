import fs from 'node:fs';
import path from 'node:path';
import { startArmEmulator } from './startArmEmulator';
import type { ArmEmulator } from './types';
import { DEMO_IDS } from './seeds/demoIds';
import { armFetch } from './__testUtils__/armFetch';
import {
  describeWithSpecs,
  findSpecsDir,
  SPEC_FILES,
  SpecValidator,
} from './__testUtils__/specSchemas';

const specsDir = findSpecsDir();
const describeIfSpecs = describeWithSpecs('spec example tests');

const PROD = DEMO_IDS.productionSubscriptionId;
const RG = 'rg-examples';
const ORDER: Record<string, number> = {
  PUT: 0,
  GET: 1,
  PATCH: 1,
  POST: 2,
  DELETE: 3,
};
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function examplesFor(file: string) {
  const dir = path.join(
    specsDir!,
    'specification',
    path.dirname(file),
    'examples',
  );
  return fs.readdirSync(dir).map(name => ({
    name,
    json: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')),
  }));
}

function resolveParam(validator: SpecValidator, file: string, p: any) {
  return p.$ref?.startsWith('#/parameters/')
    ? validator.spec(file).parameters[p.$ref.split('/').pop()]
    : p;
}

describeIfSpecs('spec examples', () => {
  let emulator: ArmEmulator;
  let validator: SpecValidator;

  beforeAll(async () => {
    validator = new SpecValidator(specsDir!);
    emulator = await startArmEmulator({ seed: 'empty', lroDurationMs: 5 });
    emulator.admin.putResource(`/subscriptions/${PROD}/resourceGroups/${RG}`, {
      location: 'westeurope',
      properties: { provisioningState: 'Succeeded' },
    });
    emulator.admin.putResource(`/subscriptions/${PROD}/resourceGroups/testrg`, {
      location: 'westeurope',
      properties: { provisioningState: 'Succeeded' },
    });
  });

  // RoleAssignments_Get/Delete examples read an assignment no create example makes; store it as their response shows it.
  function storeExampleAssignment() {
    const get = examplesFor(SPEC_FILES.authorization).find(
      e => e.name === 'RoleAssignments_Get.json',
    )!.json;
    const stored = JSON.parse(
      JSON.stringify(get.responses['200'].body).replace(
        /a925f2f7-5c63-4b7b-8799-25a5f97bc3b2/g,
        PROD,
      ),
    );
    emulator.admin.putResource(
      `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleAssignments/${get.parameters.roleAssignmentName}`,
      stored,
    );
  }
  afterAll(() => emulator.stop());

  it('rejects a body that does not match the schema (the validator is live)', () => {
    expect(() =>
      validator.validate(SPEC_FILES.aks, 'ManagedClusters_Get', 200, {
        location: 5,
      }),
    ).toThrow(/does not match/);
  });

  it.each(Object.entries(SPEC_FILES))(
    'accepts every %s example request and answers with the documented shape',
    async (_key, file) => {
      const operations = validator.exampleOperations(file);
      const examples = examplesFor(file)
        .filter(e => operations.has(e.name))
        .map(e => ({
          ...e,
          operationId: operations.get(e.name)!,
          spec: validator.operation(file, operations.get(e.name)!),
        }))
        .sort(
          (a, b) =>
            ORDER[a.spec.method] - ORDER[b.spec.method] ||
            (Number(a.operationId.startsWith('AgentPools')) -
              Number(b.operationId.startsWith('AgentPools'))) *
              (a.spec.method === 'DELETE' ? -1 : 1),
        );
      expect(examples.length).toBeGreaterThan(0);
      const created = new Set<string>();
      const specValidator = validator;
      for (const example of examples) {
        const { method, path: template, op } = example.spec;
        if (example.operationId === 'RoleAssignments_Get')
          storeExampleAssignment();
        const params: Record<string, string> = {
          ...example.json.parameters,
          subscriptionId: PROD,
          resourceGroupName: template.includes('{scope}') ? 'testrg' : RG,
          'api-version':
            op['x-ms-api-version'] ?? file.match(/\d{4}-\d{2}-\d{2}/)![0],
        };
        if (params.scope)
          params.scope = params.scope
            .replace(/subscriptions\/[^/]+/, `subscriptions/${PROD}`)
            .replace(/^\//, '');
        if (method === 'PUT') {
          const nameParam = [...template.matchAll(/\{([^}]+)\}/g)].pop()![1];
          const createdKey = [...template.matchAll(/\{([^}]+)\}/g)]
            .map(m => params[m[1]])
            .join('|');
          if (created.has(createdKey))
            params[nameParam] = `${params[nameParam]}b`;
          created.add(createdKey);
        }
        const urlPath = template.replace(
          /\{([^}]+)\}/g,
          (_: string, name: string) =>
            name === 'scope' ? params.scope : encodeURIComponent(params[name]),
        );
        const bodyParam = (op.parameters ?? [])
          .map((p: any) => resolveParam(specValidator, file, p))
          .find((p: any) => p?.in === 'body');
        let body = bodyParam
          ? example.json.parameters[bodyParam.name]
          : undefined;
        if (body)
          body = JSON.parse(
            JSON.stringify(body).replace(
              /a925f2f7-5c63-4b7b-8799-25a5f97bc3b2|00000000-0000-0000-0000-000000000000/g,
              PROD,
            ),
          );
        const response = await armFetch(
          emulator,
          method,
          `${urlPath.startsWith('/') ? '' : '/'}${urlPath}?api-version=${
            params['api-version']
          }`,
          { body },
        );
        const documented = Object.keys(example.json.responses).map(Number);
        const outcome = {
          example: example.name,
          status: response.status,
          error: response.body?.error?.message,
        };
        expect({
          ...outcome,
          documented: documented.includes(response.status),
        }).toEqual({ ...outcome, documented: true });
        validator.validate(
          file,
          example.operationId,
          response.status,
          response.body,
        );
        await sleep(15);
      }
    },
  );
});
