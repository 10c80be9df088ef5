import { armFetch } from '../__testUtils__/armFetch';
import {
  operationStatusProblems,
  responseHeader,
} from '../__testUtils__/armContracts';
import { api, cloneResource, cluster } from '../__testUtils__/demo';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { caseRows } from '../__testUtils__/conformanceCase';
import { expectedLroOutcome, runLro } from '../__testUtils__/lroContract';
import {
  describeWithSpecs,
  OPERATION_STATUS_SCHEMA,
} from '../__testUtils__/specSchemas';
import { LRO_CASES } from '../__testUtils__/cases/longRunning';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describeWithSpecs('LRO failure contract tests')(
  'long-running operations that fail or are aborted',
  () => {
    const fixture = conformanceFixture();

    it.each(caseRows(LRO_CASES.filter(c => !c.atOnce)))(
      '%s %i then Failed: %s',
      async (_op, _status, _what, c) => {
        expect(
          await runLro(fixture.emulator, fixture.validator, c, 'Failed'),
        ).toMatchObject(expectedLroOutcome(c, 'Failed'));
      },
    );

    it('ManagedClusters_CreateOrUpdate 200 then Canceled: an update that is aborted', async () => {
      const { emulator, validator } = fixture;
      const id = api(
        cloneResource(
          emulator,
          cluster('rg-payments-prod', 'aks-payments-prod'),
          'aks-lro-aborted',
        ),
        'aks',
      );
      const update = await armFetch(emulator, 'PUT', id, {
        body: { location: 'westeurope', tags: { step: 'update' } },
      });
      const monitor = responseHeader(update, 'Azure-AsyncOperation')!;
      const abort = await armFetch(
        emulator,
        'POST',
        id.replace('?', '/abort?'),
      );
      expect(abort.status).toBe(202);
      const statuses: string[] = [];
      let body: any;
      do {
        body = (await armFetch(emulator, 'GET', monitor)).body;
        validator.validateDefinition(OPERATION_STATUS_SCHEMA, body);
        expect(operationStatusProblems(body)).toEqual([]);
        statuses.push(body.status);
        await sleep(10);
      } while (body.status === 'InProgress' && statuses.length < 500);
      expect({
        first: statuses[0],
        last: body.status,
        error: body.error.code,
      }).toEqual({
        first: 'InProgress',
        last: 'Canceled',
        error: 'OperationCanceled',
      });
      const final = await armFetch(emulator, 'GET', id);
      validator.validate(
        'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-06-01/managedClusters.json',
        'ManagedClusters_Get',
        final.status,
        final.body,
      );
      expect(final.body.properties.provisioningState).toBe('Canceled');
    });
  },
);
