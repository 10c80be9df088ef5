import { caseRows, runConformanceCase } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { AGENT_POOL_CASES } from '../__testUtils__/cases/agentPools';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

describeWithSpecs('Microsoft.ContainerService agentPools conformance tests')(
  'Microsoft.ContainerService agentPools',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(AGENT_POOL_CASES))(
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
