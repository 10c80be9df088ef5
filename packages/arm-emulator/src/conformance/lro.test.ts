import { caseRows } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { expectedLroOutcome, runLro } from '../__testUtils__/lroContract';
import { describeWithSpecs } from '../__testUtils__/specSchemas';
import { LRO_CASES } from '../__testUtils__/cases/longRunning';

describeWithSpecs('LRO contract tests')(
  'long-running operations run to Succeeded',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(LRO_CASES))(
      '%s %i: %s',
      async (_op, _status, _what, c) => {
        expect(
          await runLro(fixture.emulator, fixture.validator, c, 'Succeeded'),
        ).toMatchObject(expectedLroOutcome(c, 'Succeeded'));
      },
    );
  },
);
