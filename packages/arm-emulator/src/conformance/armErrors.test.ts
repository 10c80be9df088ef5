import { responseProblems } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { describeWithSpecs } from '../__testUtils__/specSchemas';
import {
  OPERATION_CATALOG,
  type CatalogEntry,
} from '../__testUtils__/operationCatalog';
import { ARM_WIDE_ERRORS } from '../__testUtils__/cases/armWideErrors';

/** Subscriptions_List needs no role: it lists what the caller may see. */
const applies = (entry: CatalogEntry, status: number) =>
  !(status === 403 && entry.operation === 'Subscriptions_List');

describeWithSpecs('ARM error contract tests')(
  'ARM errors of every operation',
  () => {
    const fixture = conformanceFixture();
    afterEach(() => fixture.emulator.admin.reset());

    it.each(
      OPERATION_CATALOG.flatMap(entry =>
        ARM_WIDE_ERRORS.filter(error => applies(entry, error.status)).map(
          error =>
            [entry.operation, error.status, error.what, entry, error] as const,
        ),
      ),
    )('%s %i: %s', async (_operation, status, _what, entry, error) => {
      const response = await error.send(fixture.emulator, entry);
      expect({
        status: response.status,
        error: response.body?.error,
      }).toMatchObject({ status });
      const problems = responseProblems(
        fixture.emulator,
        fixture.validator,
        entry,
        response,
      );
      if (error.header && !response.headers[error.header])
        problems.push(`header ${error.header} is missing`);
      expect(problems).toEqual([]);
    });
  },
);
