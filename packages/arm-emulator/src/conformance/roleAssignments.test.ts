import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { ROLE_ASSIGNMENT_CASES } from '../__testUtils__/cases/roleAssignments';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs('Microsoft.Authorization roleAssignments conformance tests')(
  'Microsoft.Authorization roleAssignments',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(ROLE_ASSIGNMENT_CASES))(
      '%s %i: %s',
      async (operation, status, _what, c) => {
        expect(
          await runConformanceCase(
            fixture.emulator,
            fixture.validator,
            catalogEntry(operation),
            c,
          ),
        ).toMatchObject({ status, problems: [] });
      },
    );
  },
);
