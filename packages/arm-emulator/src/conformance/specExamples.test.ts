import fs from 'node:fs';
import path from 'node:path';
import { startArmEmulator } from '../startArmEmulator';
import type { ArmEmulator } from '../types';
import { armFetch } from '../__testUtils__/armFetch';
import { responseProblems } from '../__testUtils__/conformanceCase';
import { group, PROD } from '../__testUtils__/demo';
import { waitForLro } from '../__testUtils__/lroMonitors';
import { shapeProblems } from '../__testUtils__/shapeDiff';
import {
  EXAMPLE_EXCEPTIONS,
  EXAMPLE_GROUPS,
  SPECS_WITHOUT_EXAMPLES,
  specExamples,
} from '../__testUtils__/specExamples';
import {
  describeWithSpecs,
  findSpecsDir,
  SPEC_FILES,
  type SpecKey,
} from '../__testUtils__/specSchemas';
import { SpecValidator } from '../__testUtils__/specValidator';
import { catalogEntry } from '../__testUtils__/operationCatalog';

const specsDir = findSpecsDir();
const validator = specsDir ? new SpecValidator(specsDir) : undefined;
const examples = validator
  ? (Object.keys(SPEC_FILES) as SpecKey[]).flatMap(spec =>
      specExamples(specsDir!, validator, spec),
    )
  : [];

/** RoleAssignments_Get/Delete read an assignment no create example makes: store it as their response shows it. */
function storeExampleAssignment(emulator: ArmEmulator) {
  const file = path.join(
    specsDir!,
    'specification',
    path.dirname(SPEC_FILES.authorization),
    'examples/RoleAssignments_Get.json',
  );
  const get = JSON.parse(fs.readFileSync(file, 'utf8'));
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

describeWithSpecs('spec example tests')('x-ms-examples', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ seed: 'empty', lroDurationMs: 5 });
    for (const name of EXAMPLE_GROUPS)
      emulator.admin.putResource(group(name), {
        location: 'westeurope',
        properties: { provisioningState: 'Succeeded' },
      });
  });
  afterAll(() => emulator.stop());

  it('covers every spec with examples', () => {
    expect(new Set(examples.map(e => e.spec))).toEqual(
      new Set(
        (Object.keys(SPEC_FILES) as SpecKey[]).filter(
          spec => !SPECS_WITHOUT_EXAMPLES.includes(spec),
        ),
      ),
    );
  });

  // Without the specs this suite is skipped and has no examples to list.
  const rows = examples.map(e => [e.operationId, e.name, e] as const);
  if (rows.length)
    it.each(rows)(
      '%s: %s is accepted and answered in its shape',
      async (operationId, _name, example) => {
        if (operationId === 'RoleAssignments_Get')
          storeExampleAssignment(emulator);
        const response = await armFetch(
          emulator,
          example.method,
          example.path,
          {
            body: example.body,
          },
        );
        const documented = Object.keys(example.responses).map(Number);
        expect({
          status: response.status,
          error: response.body?.error,
        }).toMatchObject({
          status: documented.includes(response.status)
            ? response.status
            : documented[0],
        });
        expect(
          responseProblems(
            emulator,
            validator!,
            catalogEntry(operationId),
            response,
          ),
        ).toEqual([]);
        const excepted = EXAMPLE_EXCEPTIONS[example.name] ?? {};
        const problems = shapeProblems(
          example.responses[response.status]?.body,
          response.body,
          validator!.responseSchema(
            SPEC_FILES[example.spec],
            operationId,
            response.status,
          ),
          validator!.deref,
          example.body,
        );
        expect({
          problems: problems.filter(p => !excepted[p]),
          exceptionsInUse: Object.keys(excepted).filter(p =>
            problems.includes(p),
          ),
        }).toEqual({ problems: [], exceptionsInUse: Object.keys(excepted) });
        await waitForLro(emulator, response);
      },
    );
});
