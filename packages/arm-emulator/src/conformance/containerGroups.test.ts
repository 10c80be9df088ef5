import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { CONTAINER_GROUP_CASES } from '../__testUtils__/cases/containerGroups';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs(
  'Microsoft.ContainerInstance containerGroups conformance tests',
)('Microsoft.ContainerInstance containerGroups', () => {
  const fixture = conformanceFixture();

  it.each(caseRows(CONTAINER_GROUP_CASES))(
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
