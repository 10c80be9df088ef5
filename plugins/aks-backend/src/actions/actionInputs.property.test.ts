import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  formatAksClusterId,
  isValidAgentPoolName,
  isValidKubernetesVersion,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import fc from 'fast-check';
import { clusters, startAksTestBackend } from '../testUtils';
import {
  captureLogs,
  rawClient,
  SEED,
  Tally,
} from '../__testUtils__/propertyHarness';
import { isValidEntityRef } from '../__testUtils__/restParts';
import {
  hostileJson,
  invalidFor,
  passes,
  Schema,
  validFor,
} from '../__testUtils__/specInputs';

const BROKEN_RUNS = 1000;
const VALID_RUNS = 500;

/** The rules an action applies past its zod schema, by field, from their owners. */
const rules: Record<string, (value: unknown) => boolean> = {
  clusterId: v => {
    try {
      parseAksClusterId(String(v));
      return true;
    } catch {
      return false;
    }
  },
  entityRef: isValidEntityRef,
  nodePool: v => isValidAgentPoolName(String(v)),
  kubernetesVersion: v => isValidKubernetesVersion(String(v)),
};

interface Action {
  id: string;
  schema: { input: Schema & { properties: Record<string, Schema> } };
}

interface Invocation {
  id: string;
  input: unknown;
  /** The refusal's message names one of these; empty for a 403. */
  fields: string[];
}

function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe('every action of the actions registry, with generated input', () => {
  const logs = captureLogs();
  let emulator: ArmEmulator;
  let send: ReturnType<typeof rawClient>;
  let tally: Tally;
  let actions: Action[] = [];
  const samples: Record<string, unknown[]> = {};

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const { server } = await startAksTestBackend({
      emulator,
      aks: { cacheTtlSeconds: 600 },
      config: { backend: { actions: { pluginSources: ['aks'] } } },
      features: [logs.rootLogger, catalogServiceMock.factory({ entities: [] })],
    });
    send = rawClient(server, mockCredentials.user.header());
    tally = new Tally(emulator);
    const listed = await send({
      method: 'GET',
      path: '/api/aks/.backstage/actions/v1/actions',
    });
    actions = listed.body.actions;
    const ids = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => (r.body as { id: string }).id);
    Object.assign(samples, {
      clusterId: ids.map(id => formatAksClusterId(parseAksClusterId(id))),
      subscriptionId: [clusters.healthy.subscriptionId],
      nodePool: ['system', 'user', 'batch'],
      kubernetesVersion: ['1.33', '1.33.5', '1.32.11'],
      entityRef: ['component:default/missing'],
    });
  }, 60_000);
  afterAll(async () => {
    send.close();
    await emulator.stop();
  });

  function valid(action: Action) {
    const { properties, required = [] } = action.schema.input;
    return fc.record(
      Object.fromEntries(
        Object.entries(properties).map(([field, schema]) => [
          field,
          rules[field]
            ? fc.constantFrom(...samples[field])
            : validFor(schema, samples[field]),
        ]),
      ),
      { requiredKeys: [...required] },
    );
  }

  function broken(action: Action): fc.Arbitrary<Invocation> {
    const { properties, required = [] } = action.schema.input;
    const breaks: fc.Arbitrary<(input: any) => [unknown, string[]]>[] = [
      fc
        .oneof(hostileJson, fc.constant(null))
        .filter(v => typeof v !== 'object' || v === null || Array.isArray(v))
        // The registry's own body parser refuses a body that is not an
        // object or array, quoting it; zod refuses an array.
        .map(v => () => [v, ['Expected object', 'is not valid JSON']]),
      ...Object.entries(properties).map(([field, schema]) =>
        invalidFor(
          schema,
          v => passes(schema, v) && (rules[field]?.(v) ?? true),
        ).map(v => (input: any): [unknown, string[]] => [
          { ...input, [field]: v },
          [field],
        ]),
      ),
      ...required.map(field =>
        fc.constant((input: any): [unknown, string[]] => {
          const { [field]: _, ...rest } = input;
          return [rest, [field]];
        }),
      ),
    ];
    if ('clusterId' in properties) {
      breaks.push(
        fc
          .uuid({ version: 4 })
          .map(subscriptionId => (input: any): [unknown, string[]] => {
            const { entityRef: _, ...rest } = input;
            const ref = { ...clusters.healthy, subscriptionId };
            return [{ ...rest, clusterId: formatAksClusterId(ref) }, []];
          }),
      );
    }
    return fc
      .tuple(valid(action), fc.oneof(...breaks))
      .map(([input, breakIt]) => {
        const [changed, fields] = breakIt(input);
        return { id: action.id, input: changed, fields };
      });
  }

  async function invoke(id: string, input: unknown) {
    const calls = tally.azureCalls();
    const answer = await send({
      method: 'POST',
      path: `/api/aks/.backstage/actions/v1/actions/${encodeURIComponent(
        id,
      )}/invoke`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const what = `${id} ${JSON.stringify(input)?.slice(0, 300)}`;
    tally.record(what, answer.status, answer.text);
    return { answer, what, azureCalls: tally.azureCalls() - calls };
  }

  it('lists the actions it tries', () => {
    expect(actions.map(a => a.id).sort()).toEqual(
      expect.arrayContaining([
        'aks:get-cluster',
        'aks:get-cluster-upgrades',
        'aks:get-operation',
        'aks:list-clusters',
        'aks:scale-node-pool',
        'aks:start-cluster',
        'aks:stop-cluster',
        'aks:upgrade-cluster',
      ]),
    );
  });

  it('refuses broken input, naming the field, without calling Azure', async () => {
    const arbitrary = fc.oneof(...actions.map(broken));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ id, input, fields }) => {
        const { answer, what, azureCalls } = await invoke(id, input);
        const message = answer.body?.error?.message ?? '';
        const mentions = answer.status === 403 ? [] : fields;
        tally.refusal(
          what,
          azureCalls,
          message,
          mentions.map(f => new RegExp(`\\b${f}\\b`)),
        );
        must(
          [400, 403].includes(answer.status),
          `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
        must(
          !mentions.length || mentions.some(f => message.includes(f)),
          `${what}: "${message.slice(0, 300)}" names none of ${fields}`,
        );
        must(azureCalls === 0, `${what} made ${azureCalls} Azure calls`);
      }),
      { numRuns: BROKEN_RUNS, seed: SEED },
    );
    expect(tally.unnamedFields).toEqual([]);
    expect(tally.azureCallsOnRefusals).toBe(0);
  }, 120_000);

  it('answers valid-looking input without a server error', async () => {
    const arbitrary = fc.oneof(
      ...actions.map(a => valid(a).map(input => ({ id: a.id, input }))),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ id, input }) => {
        const { answer, what } = await invoke(id, input);
        must(
          answer.status < 500,
          `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
      }),
      { numRuns: VALID_RUNS, seed: SEED },
    );
    expect(tally.serverErrors).toEqual([]);
  }, 120_000);

  it('leaves no secret in any answer or log line', () => {
    tally.scanLogs(logs.lines);
    // eslint-disable-next-line no-console
    console.log(tally.summary('Registry actions', logs.lines.length));
    expect(tally.inputs).toBeGreaterThanOrEqual(BROKEN_RUNS + VALID_RUNS);
    expect(tally.secretHits).toEqual([]);
  });
});
