import { parseLabelSelector, SelectorError } from './labelSelector';

const labels = {
  app: 'payments-api',
  tier: 'web',
  'backstage.io/kubernetes-id': 'payments',
};

describe('parseLabelSelector', () => {
  it.each([
    ['', true],
    ['app=payments-api', true],
    ['app==payments-api', true],
    ['app!=payments-api', false],
    ['app=other', false],
    ['backstage.io/kubernetes-id=payments', true],
    ['tier in (web, api)', true],
    ['tier in (api)', false],
    ['tier notin (api)', true],
    ['missing notin (api)', true],
    ['tier', true],
    ['!tier', false],
    ['!missing', true],
    ['app=payments-api,tier in (web,api),!missing', true],
    ['app=payments-api,tier=api', false],
  ])('%j matches: %s', (selector, expected) => {
    expect(parseLabelSelector(selector)(labels)).toBe(expected);
  });

  it.each(['bad key=x', 'app=in valid', 'a,,b', 'app=-x'])(
    'refuses %j as the API server does',
    selector => {
      expect(() => parseLabelSelector(selector)).toThrow(SelectorError);
    },
  );
});
