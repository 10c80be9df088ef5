import { armFetch } from '../__testUtils__/armFetch';
import { caseRows } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { READ_ONLY_WRITES } from '../__testUtils__/cases/readOnlyWrites';
import { waitForLro } from '../__testUtils__/lroMonitors';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import {
  READ_ONLY_SENTINEL,
  withReadOnlySentinels,
} from '../__testUtils__/readOnlySentinels';
import { describeWithSpecs, SPEC_FILES } from '../__testUtils__/specSchemas';

/** Where in a body the sentinel shows up. */
function echoes(value: unknown, path = ''): string[] {
  if (value === READ_ONLY_SENTINEL) return [path || '(body)'];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (Array.isArray(value)) return echoes(child, `${path}[${key}]`);
    return echoes(child, path ? `${path}.${key}` : key);
  });
}

describeWithSpecs('read-only property tests')(
  'read-only properties in requests are ignored',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(READ_ONLY_WRITES))(
      '%s %i: %s',
      async (operation, status, _what, c) => {
        const { emulator, validator } = fixture;
        await c.setup?.(emulator);
        const entry = catalogEntry(operation);
        const body = withReadOnlySentinels(
          c.body,
          validator.requestSchema(SPEC_FILES[c.spec ?? entry.spec!], operation),
          validator.deref,
        );
        expect(echoes(body).length).toBeGreaterThan(0);
        const response = await armFetch(emulator, entry.method, c.path, {
          body,
        });
        await waitForLro(emulator, response);
        const final = await armFetch(emulator, 'GET', c.final.path);
        expect({
          status: response.status,
          error: response.body?.error,
          echoed: echoes(response.body),
          echoedLater: echoes(final.body),
        }).toEqual({ status, error: undefined, echoed: [], echoedLater: [] });
      },
    );
  },
);
