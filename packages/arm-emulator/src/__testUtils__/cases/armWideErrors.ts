import type { ArmEmulator } from '../../types';
import { DEMO_IDS } from '../../seeds/demoIds';
import { armFetch } from '../armFetch';
import type { CatalogEntry } from '../operationCatalog';

/** Errors ARM gives any operation, before the resource provider sees the request. */
export const ARM_WIDE_ERRORS: {
  status: number;
  what: string;
  send: (
    emulator: ArmEmulator,
    entry: CatalogEntry,
  ) => ReturnType<typeof armFetch>;
  header?: string;
}[] = [
  {
    status: 401,
    what: 'no access token',
    header: 'www-authenticate',
    send: (emulator, e) =>
      armFetch(emulator, e.method, e.path, { body: e.body, token: null }),
  },
  {
    status: 403,
    what: 'a principal without a role on the scope',
    send: (emulator, e) =>
      armFetch(emulator, e.method, e.path, {
        body: e.body,
        token: emulator.admin.issueToken(DEMO_IDS.noRoleClientId),
      }),
  },
  {
    status: 400,
    what: 'no api-version',
    send: (emulator, e) =>
      armFetch(
        emulator,
        e.method,
        e.path.replace(/[?&]api-version=[^&]*/, ''),
        {
          body: e.body,
        },
      ),
  },
  {
    status: 429,
    what: 'throttled',
    header: 'retry-after',
    send: (emulator, e) => {
      emulator.admin.addFault({
        kind: 'error',
        status: 429,
        operation: e.servedAs ?? e.operation,
        count: 1,
      });
      return armFetch(emulator, e.method, e.path, { body: e.body });
    },
  },
  {
    status: 500,
    what: 'an internal error',
    send: (emulator, e) => {
      emulator.admin.addFault({
        kind: 'error',
        status: 500,
        operation: e.servedAs ?? e.operation,
        count: 1,
      });
      return armFetch(emulator, e.method, e.path, { body: e.body });
    },
  },
];

/** Subscriptions_List needs no role: it lists what the caller may see. */
export const armWideErrorApplies = (entry: CatalogEntry, status: number) =>
  !(status === 403 && entry.operation === 'Subscriptions_List');
