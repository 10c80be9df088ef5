import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { MANAGED_CLUSTER_CASES } from '../__testUtils__/cases/managedClusters';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs(
  'Microsoft.ContainerService managedClusters conformance tests',
)('Microsoft.ContainerService managedClusters', () => {
  const fixture = conformanceFixture();

  it.each(caseRows(MANAGED_CLUSTER_CASES))(
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
