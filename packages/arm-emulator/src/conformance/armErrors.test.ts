import { responseProblems } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { describeWithSpecs } from '../__testUtils__/specSchemas';
import { OPERATION_CATALOG } from '../__testUtils__/operationCatalog';
import {
  ARM_WIDE_ERRORS,
  armWideErrorApplies,
} from '../__testUtils__/cases/armWideErrors';

describeWithSpecs('ARM error contract tests')(
  'ARM errors of every operation',
  () => {
    const fixture = conformanceFixture();
    afterEach(() => fixture.emulator.admin.reset());

    it.each(
      OPERATION_CATALOG.flatMap(entry =>
        ARM_WIDE_ERRORS.filter(error =>
          armWideErrorApplies(entry, error.status),
        ).map(
          error =>
            [entry.operation, error.status, error.what, entry, error] as const,
        ),
      ),
    )('%s %i: %s', async (_operation, status, _what, entry, error) => {
      const response = await error.send(fixture.emulator, entry);
      const problems = responseProblems(
        fixture.emulator,
        fixture.validator,
        entry,
        response,
      );
      if (error.header && !response.headers[error.header])
        problems.push(`header ${error.header} is missing`);
      expect({
        status: response.status,
        error: response.body?.error,
        problems,
      }).toMatchObject({ status, problems: [] });
    });
  },
);
