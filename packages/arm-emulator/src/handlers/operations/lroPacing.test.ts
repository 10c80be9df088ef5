import { startArmEmulator } from '../../startArmEmulator';
import type { ArmEmulator } from '../../types';
import { armFetch, type ArmFetchResponse } from '../../__testUtils__/armFetch';
import { api, cloneResource, cluster, PROD } from '../../__testUtils__/demo';
import { FAST_POLL, sdkClients } from '../../__testUtils__/sdkSetup';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');

/** Stops a copy of the payments cluster and reads its first answer and first poll. */
async function stopAndPollOnce(emulator: ArmEmulator, name: string) {
  cloneResource(emulator, PAYMENTS, name);
  const accepted = await armFetch(
    emulator,
    'POST',
    api(`${cluster('rg-payments-prod', name)}/stop`, 'aks'),
  );
  const monitor =
    accepted.headers['azure-asyncoperation'] ?? accepted.headers.location;
  const poll = await armFetch(emulator, 'GET', monitor as string);
  return { accepted, poll };
}

const pacing = ({ headers }: ArmFetchResponse) => ({
  retryAfter: headers['retry-after'],
  retryAfterMs: headers['retry-after-ms'],
  xMsRetryAfterMs: headers['x-ms-retry-after-ms'],
});

describe('the pacing of long-running operations', () => {
  describe('in fast mode (operations shorter than two seconds)', () => {
    let emulator: ArmEmulator;
    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 200 });
    });
    afterAll(() => emulator.stop());

    it('accepts with a positive Retry-After, and paces polls in milliseconds', async () => {
      const { accepted, poll } = await stopAndPollOnce(emulator, 'aks-pace-1');
      expect(accepted.status).toBe(202);
      expect(pacing(accepted)).toEqual({
        retryAfter: '1',
        retryAfterMs: '50',
        xMsRetryAfterMs: '50',
      });
      expect(poll.status).toBe(202);
      expect(pacing(poll)).toEqual({
        retryAfter: undefined,
        retryAfterMs: '50',
        xMsRetryAfterMs: '50',
      });
    });

    it('leaves a JavaScript poller at its own interval, so a short operation ends in well under a second', async () => {
      cloneResource(emulator, PAYMENTS, 'aks-pace-2');
      const clients = sdkClients(emulator, PROD);
      const started = Date.now();
      await clients.aks.managedClusters.stop(
        'rg-payments-prod',
        'aks-pace-2',
        FAST_POLL,
      );
      // A whole-second Retry-After on the polls would hold it past a second.
      expect(Date.now() - started).toBeLessThan(900);
      expect(
        (
          await clients.aks.managedClusters.get(
            'rg-payments-prod',
            'aks-pace-2',
          )
        ).powerState?.code,
      ).toBe('Stopped');
    });
  });

  describe('for demo-length operations', () => {
    let emulator: ArmEmulator;
    beforeAll(async () => {
      emulator = await startArmEmulator({ lroDurationMs: 8000 });
    });
    afterAll(() => emulator.stop());

    it('paces the first answer and each poll with a Retry-After of a quarter of the operation', async () => {
      const { accepted, poll } = await stopAndPollOnce(emulator, 'aks-pace-3');
      const twoSeconds = {
        retryAfter: '2',
        retryAfterMs: undefined,
        xMsRetryAfterMs: undefined,
      };
      expect(pacing(accepted)).toEqual(twoSeconds);
      expect(pacing(poll)).toEqual(twoSeconds);
    });
  });
});
