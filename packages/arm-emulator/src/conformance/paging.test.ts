import { armFetch } from '../__testUtils__/armFetch';
import { responseProblems } from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { PAGING_CASES } from '../__testUtils__/cases/paging';
import {
  catalogEntry,
  OPERATION_CATALOG,
} from '../__testUtils__/operationCatalog';
import { PROD } from '../__testUtils__/demo';
import { sdkClients, type SdkClients } from '../__testUtils__/sdkSetup';
import { describeWithSpecs, SPEC_FILES } from '../__testUtils__/specSchemas';

describeWithSpecs('paging tests')('paging', () => {
  const fixture = conformanceFixture();
  let clients: SdkClients;
  beforeAll(() => {
    clients = sdkClients(fixture.emulator, PROD);
  });

  it('covers every pageable operation the product calls, of which the federated credential list and the resource lists declare $top', () => {
    const pageable = OPERATION_CATALOG.filter(e => e.spec).map(e => {
      const spec = SPEC_FILES[e.spec!];
      return {
        operation: e.operation,
        pageable: !!fixture.validator.operation(spec, e.operation).op[
          'x-ms-pageable'
        ],
        query: fixture.validator
          .parameters(spec, e.operation)
          .filter(p => p.in === 'query' && p.name.startsWith('$'))
          .map(p => p.name),
      };
    });
    expect(
      pageable
        .filter(p => p.pageable)
        .map(p => p.operation)
        .sort(),
    ).toEqual(
      PAGING_CASES.map(c => c.operation)
        .filter(o => catalogEntry(o).spec)
        .sort(),
    );
    expect(
      pageable.filter(p =>
        p.query.some(q => ['$top', '$skiptoken'].includes(q.toLowerCase())),
      ),
    ).toEqual([
      {
        operation: 'Resources_List',
        pageable: true,
        query: ['$filter', '$expand', '$top'],
      },
      {
        operation: 'Resources_ListByResourceGroup',
        pageable: true,
        query: ['$filter', '$expand', '$top'],
      },
      {
        operation: 'FederatedIdentityCredentials_List',
        pageable: true,
        query: ['$top', '$skiptoken'],
      },
    ]);
  });

  it.each(PAGING_CASES.map(c => [c.operation, c.what, c] as const))(
    '%s: %s, nextLink followed to the last page, and by the SDK',
    async (operation, _what, c) => {
      const { emulator, validator } = fixture;
      await c.setup?.(emulator);
      const entry = catalogEntry(operation);
      const problems: string[] = [];
      const ids: string[] = [];
      let pages = 0;
      for (let next: string | undefined = c.path; next; pages++) {
        const page = await armFetch(emulator, 'GET', next);
        problems.push(...responseProblems(emulator, validator, entry, page));
        if (page.status !== 200)
          problems.push(`page ${pages} is ${page.status}`);
        ids.push(...(page.body?.value ?? []).map((r: { id: string }) => r.id));
        next = page.body?.nextLink;
        const query = next ? new URL(next).searchParams : undefined;
        if (query && !query.get('$skipToken'))
          problems.push(`nextLink ${next} has no $skipToken`);
        if (
          query &&
          new URL(c.path, emulator.url).searchParams.get('$filter') !==
            query.get('$filter')
        )
          problems.push(`nextLink ${next} does not keep the $filter`);
      }
      expect({ problems, unique: new Set(ids).size }).toEqual({
        problems: [],
        unique: ids.length,
      });
      expect(pages).toBeGreaterThanOrEqual(2);
      if (!c.sdk) return;
      emulator.admin.clearRequests();
      const read: string[] = [];
      for await (const item of c.sdk(clients)) read.push(item.id!);
      expect({
        ids: read,
        requests: emulator.admin.requests({
          operation: entry.servedAs ?? operation,
        }).length,
      }).toEqual({ ids, requests: pages });
    },
  );
});
