import { reconcile } from './fluxReconciliation';

/** Times in minutes after the configuration was made; reconciliations every 10 minutes. */
const at = (minutes: number) => minutes * 60_000;
const run = (
  now: number,
  outages: { since: number; until?: number }[] = [],
) => {
  const r = reconcile(
    0,
    at(10),
    outages.map(o => ({
      since: at(o.since),
      until: o.until === undefined ? undefined : at(o.until),
    })),
    at(now),
  );
  const minutes = (ms?: number) => (ms === undefined ? undefined : ms / 60_000);
  return {
    state: r.complianceState,
    reconciled: minutes(r.reconciledAt),
    turned: minutes(r.turnedAt),
    fetched: minutes(r.fetchedAt),
  };
};

describe('reconcile', () => {
  it.each([
    ['before the first reconciliation', 9.9, [], { state: 'Pending' }],
    [
      'after reconciliations that all fetched',
      35,
      [],
      { state: 'Compliant', reconciled: 30, turned: 10, fetched: 10 },
    ],
    [
      'in an outage that began after the last reconciliation',
      35,
      [{ since: 31 }],
      { state: 'Compliant', reconciled: 30, turned: 10, fetched: 10 },
    ],
    [
      'from the first reconciliation in an outage',
      45,
      [{ since: 25 }],
      { state: 'Non-Compliant', reconciled: 40, turned: 30, fetched: 10 },
    ],
    [
      'across two outages with no reconciliation between them',
      65,
      [{ since: 25, until: 31 }, { since: 35 }],
      { state: 'Non-Compliant', reconciled: 60, turned: 30, fetched: 10 },
    ],
    [
      'after an outage ended',
      65,
      [{ since: 15, until: 42 }],
      { state: 'Compliant', reconciled: 60, turned: 50, fetched: 10 },
    ],
    [
      'when the source never fetched',
      35,
      [{ since: 0 }],
      {
        state: 'Non-Compliant',
        reconciled: 30,
        turned: 10,
        fetched: undefined,
      },
    ],
    [
      'when the first fetch came after an outage',
      55,
      [{ since: 0, until: 35 }],
      { state: 'Compliant', reconciled: 50, turned: 40, fetched: 40 },
    ],
  ])('is right %s', (_what, now, outages, expected) => {
    expect(run(now, outages)).toEqual({
      reconciled: undefined,
      turned: undefined,
      fetched: undefined,
      ...expected,
    });
  });
});
