import path from 'node:path';
import {
  isValidAgentPoolName,
  isValidClusterName,
  isValidResourceGroupName,
} from '@aks-backstage/plugin-aks-common';

const TEMPLATES = [
  'aks-cluster.yaml',
  'acr.yaml',
  'aks-virtual-nodes.yaml',
  'aks-spot-node-pool.yaml',
  'azure-access.yaml',
  'aks-gitops.yaml',
];

/** Every property of a template's parameters, in its dependencies too. */
function propertiesOf(file: string): Array<[string, any]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const template = require(path.resolve(
    __dirname,
    '../../../../../examples/templates',
    file,
  ));
  const walk = (schema: any): Array<[string, any]> => [
    ...Object.entries<any>(schema?.properties ?? {}),
    ...Object.values<any>(schema?.dependencies ?? {}).flatMap(d =>
      (d.oneOf ?? [d]).flatMap(walk),
    ),
  ];
  return template.spec.parameters.flatMap(walk);
}

const SAMPLES = [
  'aks-payments',
  'a',
  'A1_b-2',
  '-payments',
  'payments-',
  'rg.prod',
  'rg.',
  'rg(prod)',
  'spot',
  'Spot1',
  'x'.repeat(13),
  'x'.repeat(63),
  'x'.repeat(64),
  'x'.repeat(90),
  'x'.repeat(91),
  'with space',
];

/** The names whose rules aks-common checks, by the template properties that take them. */
const VALIDATORS: Record<string, (value: string) => boolean> = {
  'aks-cluster.yaml/name': isValidClusterName,
  'aks-cluster.yaml/resourceGroup': isValidResourceGroupName,
  'acr.yaml/resourceGroup': isValidResourceGroupName,
  'aks-spot-node-pool.yaml/name': isValidAgentPoolName,
};

describe.each(TEMPLATES)('the template %s', file => {
  const patterned = propertiesOf(file).filter(([, p]) => p.pattern);

  it.each(patterned.map(([key, p]) => [key, p]))(
    'says in words what %s may be',
    (_key, property) => {
      expect(property.errorMessage?.pattern).toMatch(/^must /);
      expect(property.errorMessage.pattern).not.toMatch(/[[\]^$\\]/);
    },
  );

  it('asks for names by the rules the actions check them with', () => {
    for (const [key, property] of patterned) {
      const validator = VALIDATORS[`${file}/${key}`];
      if (!validator) continue;
      const pattern = new RegExp(property.pattern);
      for (const sample of SAMPLES) {
        expect([sample, pattern.test(sample)]).toEqual([
          sample,
          validator(sample),
        ]);
      }
    }
  });
});
