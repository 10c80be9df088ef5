import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import {
  formatAksClusterId,
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
import {
  brokenRequest,
  RestRequest,
  Samples,
  validRequest,
} from '../__testUtils__/restRequests';
import { operations } from '../__testUtils__/specInputs';

const BROKEN_RUNS = 4500;
const VALID_RUNS = 1000;
const REFUSED = [400, 403, 413, 414, 415];
/**
 * A message that names a field, as the plugin words a refusal; or Azure's
 * own refusal of a valid-looking request, with ARM's code and reason.
 */
const NAMES_A_FIELD =
  /(path parameter|query parameter|body field|Invalid) \S+|count|minCount|Content-Type|URL|^Azure Resource Manager rejected the request; caused by AzureError: \w+: /;

/** Fails the property with a message that says which input did what. */
function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function entity(kind: string, name: string, clusterId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      annotations: clusterId
        ? { 'azure.com/aks-cluster-id': clusterId }
        : undefined,
    },
    spec: { type: 'service', owner: 'team-platform' },
  };
}

describe('every REST route, with generated input', () => {
  const logs = captureLogs();
  let emulator: ArmEmulator;
  let send: ReturnType<typeof rawClient>;
  let tally: Tally;
  const samples: Record<string, unknown[]> = {};

  beforeAll(async () => {
    emulator = await startArmEmulator({ lroDurationMs: 50 });
    const { server } = await startAksTestBackend({
      emulator,
      aks: { cacheTtlSeconds: 600 },
      features: [
        logs.rootLogger,
        catalogServiceMock.factory({
          entities: [
            entity(
              'Resource',
              'aks-platform-lts',
              formatAksClusterId(clusters.lts),
            ),
            entity(
              'Component',
              'payments',
              formatAksClusterId(clusters.healthy),
            ),
            entity('Component', 'no-clusters'),
          ],
        }),
      ],
    });
    send = rawClient(server, mockCredentials.user.header());
    tally = new Tally(emulator);
    Object.assign(samples, await demoSamples());
  }, 60_000);
  afterAll(async () => {
    send.close();
    await emulator.stop();
  });

  /** Real clusters, pools, versions and locations; reading them warms the caches. */
  async function demoSamples(): Promise<Samples> {
    const ids = emulator.admin
      .listResources('Microsoft.ContainerService/managedClusters')
      .map(r => r.body as any);
    const refs = ids.map(c => parseAksClusterId(c.id));
    const subscriptionIds = [...new Set(refs.map(r => r.subscriptionId))];
    const locations = await Promise.all(
      subscriptionIds.map(s =>
        send({ method: 'GET', path: `/api/aks/subscriptions/${s}/locations` }),
      ),
    );
    const versions = await send({
      method: 'GET',
      path: `/api/aks/locations/westeurope/kubernetes-versions?subscriptionId=${subscriptionIds[0]}`,
    });
    const refsOfEntities = [
      'resource:default/aks-platform-lts',
      'component:default/payments',
      'component:default/no-clusters',
      'component:default/missing',
    ];
    return {
      subscriptionId: subscriptionIds,
      resourceGroup: refs.map(r => r.resourceGroup),
      clusterName: refs.map(r => r.name),
      nodePool: ids.flatMap(c =>
        c.properties.agentPoolProfiles.map((p: any) => p.name),
      ),
      location: locations.flatMap(l => l.body.items.map((i: any) => i.name)),
      kubernetesVersion: versions.body.versions.flatMap((v: any) => [
        v.version,
        ...v.patchVersions.map((p: any) => p.version),
      ]),
      entityRef: refsOfEntities,
      'entity.kind': ['resource', 'component', 'Component'],
      'entity.namespace': ['default'],
      'entity.name': refsOfEntities.map(r => r.split('/')[1]),
      cursor: [
        Buffer.from(JSON.stringify({ offset: 3 })).toString('base64url'),
      ],
    };
  }

  async function exchange(request: RestRequest) {
    const calls = tally.azureCalls();
    const answer = await send(request);
    const what = `${request.method} ${request.path.slice(0, 300)}`;
    tally.record(what, answer.status, answer.text);
    return { answer, what, azureCalls: tally.azureCalls() - calls };
  }

  it('refuses broken input, naming the field, without calling Azure', async () => {
    const broken = fc.oneof(
      ...operations.map(op => brokenRequest(op, samples)),
    );
    await fc.assert(
      fc.asyncProperty(broken, async request => {
        const { answer, what, azureCalls } = await exchange(request);
        const message = answer.body?.error?.message;
        // A 403 (a subscription not configured) need not name a field; a
        // 414 names the URL, whichever field made it long.
        const named =
          { 403: [], 414: [/URL/] }[answer.status] ?? request.mentions;
        tally.refusal(what, azureCalls, message, named);
        must(
          REFUSED.includes(answer.status),
          `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
        must(
          !named.length || named.some(m => m.test(message)),
          `${what}: "${message}" names none of ${named.join(' ')}`,
        );
        must(azureCalls === 0, `${what} made ${azureCalls} Azure calls`);
      }),
      { numRuns: BROKEN_RUNS, seed: SEED },
    );
    expect(tally.unnamedFields).toEqual([]);
    expect(tally.azureCallsOnRefusals).toBe(0);
  }, 120_000);

  it('answers valid-looking input without a server error', async () => {
    const valid = fc.oneof(...operations.map(op => validRequest(op, samples)));
    await fc.assert(
      fc.asyncProperty(valid, async request => {
        const { answer, what } = await exchange(request);
        must(
          answer.status < 500,
          `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
        must(
          answer.status !== 400 ||
            NAMES_A_FIELD.test(answer.body.error.message),
          `${what}: "${answer.body?.error?.message}" names no field`,
        );
      }),
      { numRuns: VALID_RUNS, seed: SEED },
    );
    expect(tally.serverErrors).toEqual([]);
  }, 120_000);

  it('leaves no secret in any answer or log line', () => {
    tally.scanLogs(logs.lines);
    // eslint-disable-next-line no-console
    console.log(tally.summary('REST routes', logs.lines.length));
    expect(tally.inputs).toBeGreaterThanOrEqual(BROKEN_RUNS + VALID_RUNS);
    expect(tally.secretHits).toEqual([]);
  });
});
