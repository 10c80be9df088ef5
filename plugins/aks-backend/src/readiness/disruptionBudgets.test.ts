import { blockingBudgets, budgetFinding } from './disruptionBudgets';

const pdb = (
  namespace: string,
  name: string,
  spec: object,
  status: object,
) => ({ metadata: { namespace, name }, spec, status });

describe('blockingBudgets', () => {
  it('lists the budgets that allow no disruption, saying why', () => {
    const list = {
      items: [
        pdb(
          'payments',
          'payments-api',
          { minAvailable: 3 },
          {
            disruptionsAllowed: 0,
            currentHealthy: 3,
            desiredHealthy: 3,
            expectedPods: 3,
          },
        ),
        pdb(
          'kube-system',
          'coredns',
          { maxUnavailable: 1 },
          { disruptionsAllowed: 1, currentHealthy: 2, expectedPods: 2 },
        ),
        pdb(
          'ledger',
          'ledger',
          { maxUnavailable: '0%' },
          { disruptionsAllowed: 0, currentHealthy: 2, expectedPods: 2 },
        ),
        pdb(
          'empty',
          'nothing-selected',
          { minAvailable: 1 },
          { disruptionsAllowed: 0, currentHealthy: 0, expectedPods: 0 },
        ),
      ],
    };
    expect(blockingBudgets(list)).toEqual([
      {
        namespace: 'ledger',
        name: 'ledger',
        why: 'maxUnavailable 0% with 2 of 2 pods healthy',
      },
      {
        namespace: 'payments',
        name: 'payments-api',
        why: 'minAvailable 3 with 3 of 3 pods healthy',
      },
    ]);
  });

  it('survives a list without items and budgets without status', () => {
    expect(blockingBudgets(undefined)).toEqual([]);
    expect(blockingBudgets({ items: 'x' })).toEqual([]);
    expect(blockingBudgets({ items: [{}, null] })).toEqual([]);
    expect(
      blockingBudgets({ items: [{ status: { disruptionsAllowed: 0 } }] }),
    ).toEqual([
      { namespace: '', name: '', why: '? of ? pods healthy, ? needed' },
    ]);
  });
});

describe('budgetFinding', () => {
  it('is blocking and names the budgets, a few of them', () => {
    const budgets = Array.from({ length: 7 }, (_, i) => ({
      namespace: 'ns',
      name: `pdb${i}`,
      why: 'minAvailable 1 with 1 of 1 pods healthy',
    }));
    expect(budgetFinding(budgets)).toMatchObject({
      code: 'DisruptionBudgetBlocksDrain',
      severity: 'blocking',
      message: expect.stringContaining(
        '7 PodDisruptionBudgets ns/pdb0, ns/pdb1, ns/pdb2, ns/pdb3, ns/pdb4 and 2 more allow no disruption',
      ),
    });
    expect(budgetFinding([])).toBeUndefined();
  });
});
