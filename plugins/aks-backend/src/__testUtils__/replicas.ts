import { startAksTestBackend } from '../testUtils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { ArmEmulator, DEMO_IDS } from '@aks-backstage/arm-emulator';
import { Knex } from 'knex';
import request from 'supertest';
import { TestCacheConfig } from './isolatedCache';

export const auth = { Authorization: mockCredentials.user.header() };

/** Leases short enough that a takeover happens within a test. */
export const SHORT_LEASE = { operationLeaseSeconds: 0.6 };

/**
 * A service principal of its own for a replica, with Owner on the demo
 * subscriptions, so that the emulator's request log tells the replicas apart.
 */
export function replicaPrincipal(emulator: ArmEmulator, name: string) {
  const clientId = `${name}-${Math.random().toString(16).slice(2, 10)}`;
  const clientSecret = `${clientId}-secret`;
  emulator.admin.addPrincipal({
    clientId,
    clientSecret,
    subscriptions: [
      DEMO_IDS.productionSubscriptionId,
      DEMO_IDS.developmentSubscriptionId,
    ],
  });
  return { ...emulatorPick(emulator), clientId, clientSecret };
}

function emulatorPick(emulator: ArmEmulator) {
  const { url, authorityHost, caCertPem, tenantId, clientId, clientSecret } =
    emulator;
  return { url, authorityHost, caCertPem, tenantId, clientId, clientSecret };
}

/** One backend replica with the real plugin, on a shared database (and cache). */
export async function startReplica(options: {
  emulator: ArmEmulator | ReturnType<typeof replicaPrincipal>;
  knex: Knex;
  /** `backend.cache`; memory by default. */
  cache?: TestCacheConfig;
  aks?: Record<string, unknown>;
  auditor?: ReturnType<typeof mockServices.auditor.mock>;
  /** More features or service factories, such as a logger to read. */
  features?: BackendFeature[];
}) {
  const auditor = options.auditor ?? mockServices.auditor.mock();
  const backend = await startAksTestBackend({
    emulator: options.emulator,
    aks: options.aks,
    config: { backend: { cache: options.cache ?? { store: 'memory' } } },
    features: [
      auditor.factory,
      cacheServiceFactory,
      mockServices.database.factory({ knex: options.knex }),
      ...(options.features ?? []),
    ],
  });
  return { backend, server: backend.server, auditor };
}

/** The operation once it ended, read through a replica. */
export async function ended(
  server: Parameters<typeof request>[0],
  operationId: string,
) {
  for (let attempt = 0; attempt < 400; attempt++) {
    const { body } = await request(server)
      .get(`/api/aks/operations/${operationId}`)
      .set(auth);
    if (body.status !== 'InProgress') return body;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  throw new Error(`operation ${operationId} did not end`);
}

/** The `cluster-operation-ended` events an auditor recorded for an operation. */
export function endedEvents(
  auditor: ReturnType<typeof mockServices.auditor.mock>,
  operationId: string,
) {
  return auditor.createEvent.mock.calls.filter(
    ([event]) =>
      event.eventId === 'cluster-operation-ended' &&
      event.meta?.operationId === operationId,
  );
}

/**
 * The `cluster-operation-ended` events of each auditor, once one of them has
 * recorded one (the end is stored a moment before it is audited).
 */
export async function endAudits(
  operationId: string,
  ...auditors: ReturnType<typeof mockServices.auditor.mock>[]
) {
  const events = () => auditors.map(a => endedEvents(a, operationId));
  await until(() => events().some(e => e.length > 0));
  return events();
}

/** The owner and lease of an operation, as the database has them. */
export async function leaseOf(knex: Knex, operationId: string) {
  const row = await knex('aks_operations').where({ id: operationId }).first();
  return {
    ownerId: row?.owner_id as string | null,
    leaseExpiresAt:
      row?.lease_expires_at === null ? null : Number(row?.lease_expires_at),
  };
}

/**
 * Waits until the condition holds. The limit is generous: a replica in a
 * process of its own can take many seconds to start on a busy machine.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  limitMs = 30_000,
) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  throw new Error(`condition not met within ${limitMs} ms`);
}

/** Long enough for a request written just before a replica stopped to reach the emulator. */
const IN_FLIGHT_MS = 200;

/**
 * The time from which a stopped replica must not reach Azure: a request it
 * wrote just before it stopped is stamped on arrival, which with the
 * emulator in this process can come after the stop returned.
 */
export async function afterInFlight(): Promise<string> {
  await new Promise(resolve => setTimeout(resolve, IN_FLIGHT_MS));
  return new Date().toISOString();
}
