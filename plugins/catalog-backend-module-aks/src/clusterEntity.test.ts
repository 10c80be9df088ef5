import { labelValue, ownership } from './clusterEntity';

const config = {
  schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 } },
  ownerTag: 'owner',
  defaultOwner: 'group:default/platform',
  systemTag: 'system',
  descriptionTag: 'description',
  namespace: 'default',
};

describe('labelValue', () => {
  it.each([
    ['westeurope', 'westeurope'],
    ['1.35.2', '1.35.2'],
    ['West Europe', 'West-Europe'],
    ['-rg(prod)-', 'rg-prod'],
    ['a'.repeat(70), 'a'.repeat(63)],
    ['!!!', undefined],
    [undefined, undefined],
  ])('%j becomes %j', (value, expected) => {
    expect(labelValue(value)).toBe(expected);
  });
});

describe('ownership', () => {
  it('reads owner and system refs from the tags, with default kinds', () => {
    expect(
      ownership({ owner: 'team-payments', system: 'payments' }, config),
    ).toEqual({
      owner: 'group:default/team-payments',
      system: 'system:default/payments',
    });
    expect(
      ownership(
        { owner: 'user:ops/olivia', system: 'system:ops/ledger' },
        config,
      ),
    ).toEqual({ owner: 'user:ops/olivia', system: 'system:ops/ledger' });
  });

  it('falls back to the default owner, and says which tag was unusable', () => {
    expect(ownership(undefined, config)).toEqual({
      owner: 'group:default/platform',
    });
    expect(ownership({ owner: 'Payments Team!' }, config)).toEqual({
      owner: 'group:default/platform',
      invalidOwnerTag: 'Payments Team!',
    });
  });

  it('reads the configured tags', () => {
    expect(
      ownership(
        { team: 'team-checkout', product: 'checkout' },
        { ...config, ownerTag: 'team', systemTag: 'product' },
      ),
    ).toEqual({
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
    });
  });
});
