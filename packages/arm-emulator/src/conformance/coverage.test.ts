import fs from 'node:fs';
import path from 'node:path';
import { ROUTES } from '../handlers/arm/armRoutes';
import {
  coverageRows,
  coverageTotals,
  markdownTable,
  tableCells,
} from '../__testUtils__/coverageTable';
import { specExamples } from '../__testUtils__/specExamples';
import { OPERATION_CATALOG } from '../__testUtils__/operationCatalog';
import {
  describeWithSpecs,
  findSpecsDir,
  SPEC_FILES,
  type SpecKey,
} from '../__testUtils__/specSchemas';
import { SpecValidator } from '../__testUtils__/specValidator';

const README = path.resolve(__dirname, '../../README.md');
/** Routes the SDKs' pollers call, checked by the LRO suites rather than listed. */
const MONITORS = /_GetOperation(Status|Result)$/;

describeWithSpecs('coverage table test')('coverage table', () => {
  let table: string;
  let totals: ReturnType<typeof coverageTotals>;
  beforeAll(() => {
    const specsDir = findSpecsDir()!;
    const validator = new SpecValidator(specsDir);
    const examples = (Object.keys(SPEC_FILES) as SpecKey[]).flatMap(spec =>
      specExamples(specsDir, validator, spec),
    );
    const perOperation = new Map<string, number>();
    for (const { operationId } of examples)
      perOperation.set(operationId, (perOperation.get(operationId) ?? 0) + 1);
    const rows = coverageRows(perOperation);
    table = markdownTable(rows);
    totals = coverageTotals(rows, examples.length);
  });

  it('lists every route the emulator serves', () => {
    const served = OPERATION_CATALOG.map(e => e.servedAs ?? e.operation);
    expect(
      ROUTES.map(r => r.operation).filter(
        o => !MONITORS.test(o) && !served.includes(o),
      ),
    ).toEqual([]);
  });

  it('is the one in the README', () => {
    // eslint-disable-next-line no-console
    console.info(
      `ARM emulator coverage: ${totals.operations} operations, ${
        totals.statusPairs
      } operation × status pairs, ${
        totals.total
      } table-driven tests (${JSON.stringify(totals.tests)})\n${table}`,
    );
    const readme = fs.readFileSync(README, 'utf8');
    const section = readme.split('<!-- coverage -->')[1] ?? '';
    expect(tableCells(section)).toEqual(tableCells(table));
  });
});
