import { checkQuota, quotaUnreadable, SurgeNeed } from './quota';

const pool = (over: Partial<SurgeNeed>): SurgeNeed => ({
  name: 'system',
  nodeCount: 3,
  maxSurge: '10%',
  maxSurgeIsDefault: true,
  surgeNodes: 1,
  vmSize: 'Standard_D4ds_v5',
  family: 'standardDDSv5Family',
  extraVCpus: 4,
  ...over,
});

const usage = (name: string, currentValue: number, limit: number) => ({
  name,
  currentValue,
  limit,
});

describe('checkQuota', () => {
  it('sums the surge vCPUs per family and for the regional total', () => {
    const { quota, findings } = checkQuota(
      [
        pool({ name: 'a', extraVCpus: 4 }),
        pool({ name: 'b', extraVCpus: 8 }),
        pool({ name: 'c', family: 'standardEv5Family', extraVCpus: 16 }),
      ],
      [
        usage('cores', 40, 100),
        usage('standardDDSv5Family', 10, 50),
        usage('standardEv5Family', 0, 20),
      ],
    );
    expect(quota).toEqual([
      {
        family: 'standardDDSv5Family',
        needed: 12,
        available: 40,
        limit: 50,
        used: 10,
      },
      { family: 'cores', needed: 28, available: 60, limit: 100, used: 40 },
      {
        family: 'standardEv5Family',
        needed: 16,
        available: 20,
        limit: 20,
        used: 0,
      },
    ]);
    expect(findings).toEqual([]);
  });

  it('blocks when a family has fewer vCPUs left than the surge needs', () => {
    const { findings } = checkQuota(
      [pool({ extraVCpus: 8 })],
      [usage('cores', 0, 100), usage('standardDDSv5Family', 46, 50)],
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'QuotaInsufficient',
        severity: 'blocking',
        message:
          'The surge nodes need 8 more vCPUs of quota standardDDSv5Family, which has 4 left (46 of 50 used).',
      }),
    ]);
    expect(findings[0].remedy).toContain('at least 4 vCPUs');
  });

  it('blocks on the regional total too, and never counts less than nothing left', () => {
    const { quota, findings } = checkQuota(
      [pool({ extraVCpus: 8 })],
      [usage('cores', 105, 100), usage('standardDDSv5Family', 0, 50)],
    );
    expect(quota.find(q => q.family === 'cores')?.available).toBe(0);
    expect(findings.map(f => f.code)).toEqual(['QuotaInsufficient']);
  });

  it("counts Spot pools against the region's Spot quota only", () => {
    const { quota } = checkQuota(
      [pool({ spot: true, extraVCpus: 8 })],
      [
        usage('cores', 0, 100),
        usage('standardDDSv5Family', 0, 50),
        usage('lowPriorityCores', 2, 10),
      ],
    );
    expect(quota).toEqual([
      {
        family: 'lowPriorityCores',
        needed: 8,
        available: 8,
        limit: 10,
        used: 2,
      },
    ]);
  });

  it('says which quotas it could not check, as information', () => {
    const { quota, findings } = checkQuota(
      [
        pool({ name: 'a', family: 'unknownFamily' }),
        pool({ name: 'b', family: undefined, extraVCpus: undefined }),
        pool({ name: 'c', surgeNodes: 0, extraVCpus: 0 }),
      ],
      [usage('cores', 0, 100)],
    );
    expect(quota).toEqual([
      { family: 'cores', needed: 4, available: 100, limit: 100, used: 0 },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'QuotaUnknown', severity: 'info' }),
    ]);
    expect(findings[0].message).toContain(
      'the vCPUs of Standard_D4ds_v5 (node pool b)',
    );
    expect(findings[0].message).toContain(
      'the region reports no quota unknownFamily',
    );
  });

  it('matches quota names whatever their case', () => {
    const { quota } = checkQuota(
      [pool({})],
      [usage('Cores', 0, 10), usage('STANDARDDDSV5FAMILY', 0, 10)],
    );
    expect(quota.map(q => q.family)).toEqual(['STANDARDDDSV5FAMILY', 'Cores']);
  });

  it('describes an unreadable usage as information', () => {
    expect(quotaUnreadable('403 AuthorizationFailed')).toMatchObject({
      code: 'QuotaUnknown',
      severity: 'info',
      message: expect.stringContaining('403 AuthorizationFailed'),
    });
  });
});
