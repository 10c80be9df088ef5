import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { REGISTRY_CASES } from '../__testUtils__/cases/registries';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs('Microsoft.ContainerRegistry registries conformance tests')(
  'Microsoft.ContainerRegistry registries',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(REGISTRY_CASES))(
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
