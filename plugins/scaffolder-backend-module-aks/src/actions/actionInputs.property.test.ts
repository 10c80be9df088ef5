import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { findSecrets } from '@aks-backstage/arm-emulator/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { createAksActions } from '../module';
import {
  actionContext,
  armRequests,
  armWrites,
  emulatorClients,
  subnetId,
} from '../__testUtils__/emulatorClients';
import {
  invalidFor,
  Schema,
  validLooking,
} from '../__testUtils__/schemaInputs';

const SEED = Number(process.env.FC_SEED ?? 20261201);
const BROKEN_RUNS = 2500;
const VALID_RUNS = 1000;
/** The errors that refuse a request (4xx); any other is a failure of ours. */
const REFUSALS = [
  'InputError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
];

type Action = ReturnType<typeof createAksActions>[number];
type InputSchema = Schema & { properties: Record<string, Schema> };

function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe('every scaffolder action, with generated input', () => {
  let emulator: ArmEmulator;
  let actions: Action[];
  let samples: Record<string, unknown[]>;
  const figures = {
    inputs: 0,
    refused: 0,
    azureCallsOnRefusals: 0,
    failures: 0,
    writesInDryRuns: 0,
  };
  const secretHits: string[] = [];

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 20 });
    actions = createAksActions({
      clients: emulatorClients(emulator),
      permissions: mockServices.permissions(),
    });
    const clusterIds = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.id);
    const registryIds = emulator.admin
      .listResources('Microsoft.ContainerRegistry/registries')
      .map(r => r.id);
    const [subscription] = emulator.subscriptionIds;
    samples = {
      subscriptionId: emulator.subscriptionIds,
      resourceGroup: ['rg-dev', 'rg-property', 'rg-payments-prod'],
      location: ['northeurope', 'westeurope'],
      clusterId: clusterIds,
      registryId: registryIds,
      'azure:aks:create.name': ['aks-property', 'aks-dev-free'],
      'azure:aci:create.name': ['aci-property'],
      kubernetesVersion: ['1.34', '1.33.5'],
      subnetId: [subnetId(subscription)],
      subnetName: ['snet-virtual-nodes'],
      image: ['mcr.microsoft.com/azuredocs/aci-helloworld:latest'],
      tags: [{ team: 'platform' }],
      availabilityZones: [['1', '2']],
      timeoutMinutes: [1],
      clusterName: ['aks-dev-free', 'aks-payments-prod'],
      identityName: ['id-property', 'id-payments-api'],
      namespace: ['payments-api', 'flux-system'],
      serviceAccountName: ['payments-api', 'ledger'],
      roleDefinition: ['AcrPull', 'Reader'],
      roleScope: registryIds,
      'azure:aks:flux:configure.name': ['payments-api'],
      repoUrl: [
        'https://github.com/contoso/payments-api',
        'git@github.com:contoso/payments-api.git',
      ],
      branch: ['main'],
      kustomizations: [[{ name: 'apps', path: './apps' }]],
    };
  });
  afterAll(() => emulator.stop());

  function fieldsOf(action: Action): InputSchema {
    return action.schema!.input as InputSchema;
  }

  function validInput(action: Action) {
    const { properties, required = [] } = fieldsOf(action);
    return fc.record(
      Object.fromEntries(
        Object.entries(properties).map(([field, schema]) => [
          field,
          validLooking(
            schema,
            samples[`${action.id}.${field}`] ?? samples[field],
          ),
        ]),
      ),
      { requiredKeys: [...required] },
    );
  }

  function brokenInput(action: Action) {
    const { properties, required = [] } = fieldsOf(action);
    const breaks = [
      ...Object.entries(properties).map(([field, schema]) =>
        invalidFor(schema).map(v => (input: object) => ({
          input: { ...input, [field]: v },
          field,
        })),
      ),
      ...required.map(field =>
        fc.constant((input: Record<string, unknown>) => {
          const { [field]: _, ...rest } = input;
          return { input: rest, field };
        }),
      ),
    ];
    return fc
      .tuple(validInput(action), fc.oneof(...breaks), fc.boolean())
      .map(([input, breakIt, isDryRun]) => ({
        action,
        isDryRun,
        ...breakIt(input),
      }));
  }

  /** Runs the action as the scaffolder does, and scans what it said for secrets. */
  async function run(action: Action, input: unknown, isDryRun: boolean) {
    const before = {
      calls: armRequests(emulator).length,
      writes: armWrites(emulator).length,
    };
    const ctx = actionContext(input as Record<string, unknown>, { isDryRun });
    let error: Error | undefined;
    try {
      await action.handler(ctx);
    } catch (e) {
      error = e as Error;
    }
    figures.inputs++;
    const what = `${action.id} ${isDryRun ? '(dry run) ' : ''}${JSON.stringify(
      input,
    ).slice(0, 300)}`;
    const said = [
      error?.message,
      ctx.output.mock.calls,
      ...Object.values(ctx.logger).map((fn: any) => fn.mock?.calls),
    ];
    for (const hit of findSecrets(said))
      secretHits.push(`${hit.kind} from ${what}: ${hit.excerpt}`);
    if (error && !REFUSALS.includes(error.name)) figures.failures++;
    return {
      error,
      what,
      azureCalls: armRequests(emulator).length - before.calls,
      writes: armWrites(emulator).length - before.writes,
    };
  }

  it('refuses input that breaks the published schema, naming the field, without calling Azure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(...actions.map(brokenInput)),
        async ({ action, input, field, isDryRun }) => {
          const { error, what, azureCalls } = await run(
            action,
            input,
            isDryRun,
          );
          figures.refused++;
          figures.azureCallsOnRefusals += azureCalls;
          must(
            error?.name === 'InputError',
            `${what} was not refused: ${error}`,
          );
          must(
            new RegExp(`\\b${field}\\b`).test(error!.message),
            `${what}: "${error!.message}" does not name ${field}`,
          );
          must(azureCalls === 0, `${what} made ${azureCalls} Azure calls`);
        },
      ),
      { numRuns: BROKEN_RUNS, seed: SEED },
    );
    expect(figures.azureCallsOnRefusals).toBe(0);
  }, 120_000);

  it('runs valid-looking input dry, refusing it cleanly or writing nothing', async () => {
    const valid = fc.oneof(
      ...actions.map(a => validInput(a).map(input => ({ action: a, input }))),
    );
    await fc.assert(
      fc.asyncProperty(valid, async ({ action, input }) => {
        const { error, what, writes } = await run(action, input, true);
        figures.writesInDryRuns += writes;
        must(
          !error || REFUSALS.includes(error.name),
          `${what} failed: ${error?.stack}`,
        );
        must(writes === 0, `${what} wrote to Azure in a dry run`);
        must(
          error?.name !== 'InputError' ||
            /^Invalid input: \w+: /.test(error.message),
          `${what}: "${error?.message}" names no field`,
        );
      }),
      { numRuns: VALID_RUNS, seed: SEED },
    );
    expect(figures.failures).toBe(0);
  }, 120_000);

  it('says no secret in any output, error or log line', () => {
    // eslint-disable-next-line no-console
    console.log(
      `Scaffolder actions: ${figures.inputs} inputs (seed ${SEED}), ${figures.failures} failures other than a refusal, ${figures.refused} refused with ${figures.azureCallsOnRefusals} Azure calls, ${figures.writesInDryRuns} writes in dry runs, ${secretHits.length} secrets`,
    );
    expect(figures.inputs).toBeGreaterThanOrEqual(BROKEN_RUNS + VALID_RUNS);
    expect(secretHits).toEqual([]);
  });
});
