import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { Knex } from 'knex';
import request from 'supertest';
import { clusters } from '../testUtils';
import { auth, endedEvents, startReplica } from '../__testUtils__/replicas';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const REMOVED_SUBSCRIPTION = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';

/** An operation row as an earlier backend, or an earlier version, left it. */
function leftBehind(id: string, fields: Record<string, unknown>) {
  return {
    id,
    kind: 'stop',
    subscription_id: clusters.free.subscriptionId,
    resource_group: clusters.free.resourceGroup,
    cluster_name: clusters.free.name,
    status: 'InProgress',
    requested_by: 'user:default/mock',
    started_at: new Date().toISOString(),
    ...fields,
  };
}

describe.each(databases.eachSupportedId())(
  'operations left behind, on %p',
  databaseId => {
    let emulator: ArmEmulator;
    let knex: Knex;

    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 50 });
      knex = await databases.init(databaseId);
      // Creates the tables, as a backend that ran before.
      await (await startReplica({ emulator, knex })).backend.stop();
    }, 30_000);
    afterAll(() => emulator.stop());

    it('are marked Failed and logged when they cannot be resumed, and the backend starts', async () => {
      const ids = {
        removedSubscription: '00000000-0000-4000-8000-000000000001',
        unreadableState: '00000000-0000-4000-8000-000000000002',
        neverAccepted: '00000000-0000-4000-8000-000000000003',
        heldElsewhere: '00000000-0000-4000-8000-000000000004',
      };
      await knex('aks_operations').insert([
        leftBehind(ids.removedSubscription, {
          subscription_id: REMOVED_SUBSCRIPTION,
          cluster_key: `${REMOVED_SUBSCRIPTION}/rg/aks-gone`,
          poller_state: '{"state":{}}',
        }),
        leftBehind(ids.unreadableState, {
          cluster_name: 'aks-dev-unreadable',
          poller_state: 'not a poller',
        }),
        leftBehind(ids.neverAccepted, {
          cluster_name: 'aks-dev-never',
          owner_id: 'a replica that was killed',
          lease_expires_at: Date.now() - 1000,
        }),
        leftBehind(ids.heldElsewhere, {
          cluster_name: 'aks-dev-held',
          poller_state: 'not a poller',
          owner_id: 'a live replica',
          lease_expires_at: Date.now() + 60_000,
        }),
      ]);
      const errors: string[] = [];
      const logger = mockServices.rootLogger.mock({
        child: () => logger,
        error: (message: string) => errors.push(message),
      });
      const auditor = mockServices.auditor.mock();

      const { server } = await startReplica({
        emulator,
        knex,
        auditor,
        features: [logger.factory],
      });

      expect((await request(server).get('/api/aks/health')).status).toBe(200);
      const operation = async (id: string) =>
        (await request(server).get(`/api/aks/operations/${id}`).set(auth)).body;
      expect(await operation(ids.removedSubscription)).toMatchObject({
        status: 'Failed',
        error: {
          code: 'OperationNotResumable',
          message: `The operation cannot be followed: Subscription ${REMOVED_SUBSCRIPTION} is not configured for the AKS plugins`,
        },
      });
      expect(await operation(ids.unreadableState)).toMatchObject({
        status: 'Failed',
        error: {
          code: 'OperationNotResumable',
          message:
            'The operation cannot be followed: its saved poller state cannot be read',
        },
      });
      expect(await operation(ids.neverAccepted)).toMatchObject({
        status: 'Failed',
        error: { code: 'OperationInterrupted' },
      });
      expect(await operation(ids.heldElsewhere)).toMatchObject({
        status: 'InProgress',
      });
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringContaining(ids.removedSubscription),
          expect.stringContaining(ids.unreadableState),
        ]),
      );
      for (const id of [
        ids.removedSubscription,
        ids.unreadableState,
        ids.neverAccepted,
      ]) {
        expect(endedEvents(auditor, id)).toHaveLength(1);
      }
      expect(endedEvents(auditor, ids.heldElsewhere)).toHaveLength(0);
    }, 30_000);
  },
);
