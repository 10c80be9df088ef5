import { AKS_DEFAULT_MAX_SURGE, surgeOf } from './surge';

describe('surgeOf', () => {
  it.each([
    ['33%', 3, 1],
    ['33%', 10, 4],
    ['50%', 5, 3],
    ['100%', 4, 4],
    ['1%', 3, 1],
    ['0%', 3, 0],
    ['5', 3, 5],
    ['0', 3, 0],
    [' 2 ', 10, 2],
  ])('maxSurge %j on %i nodes adds %i', (maxSurge, count, nodes) => {
    expect(surgeOf(maxSurge, count)).toEqual({
      maxSurge: maxSurge.trim(),
      maxSurgeIsDefault: false,
      surgeNodes: nodes,
    });
  });

  it.each([undefined, null, '', '  '])(
    'applies the AKS default of 10%% when maxSurge is %j',
    maxSurge => {
      expect(AKS_DEFAULT_MAX_SURGE).toBe('10%');
      expect(surgeOf(maxSurge, 3)).toEqual({
        maxSurge: '10%',
        maxSurgeIsDefault: true,
        surgeNodes: 1,
      });
      expect(surgeOf(maxSurge, 25).surgeNodes).toBe(3);
    },
  );

  it('adds nothing to a pool without nodes', () => {
    expect(surgeOf('33%', 0).surgeNodes).toBe(0);
    expect(surgeOf('5', 0).surgeNodes).toBe(0);
  });

  it('counts a setting AKS would not accept as the default, keeping it as set', () => {
    expect(surgeOf('lots', 20)).toEqual({
      maxSurge: 'lots',
      maxSurgeIsDefault: false,
      surgeNodes: 2,
    });
  });
});
