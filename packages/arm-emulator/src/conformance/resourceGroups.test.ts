import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { RESOURCE_GROUP_CASES } from '../__testUtils__/cases/resourceGroups';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs(
  'Microsoft.Resources subscriptions and resource groups conformance tests',
)('Microsoft.Resources subscriptions and resource groups', () => {
  const fixture = conformanceFixture();

  it.each(caseRows(RESOURCE_GROUP_CASES))(
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
});
