import { entityNamespace } from './entityNamespace';

const entity = (annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', annotations },
});

describe('entityNamespace', () => {
  it('reads backstage.io/kubernetes-namespace', () => {
    expect(
      entityNamespace(
        entity({ 'backstage.io/kubernetes-namespace': 'payments' }),
      ),
    ).toBe('payments');
  });
  it.each([
    ['without annotations', undefined],
    ['with an empty annotation', { 'backstage.io/kubernetes-namespace': ' ' }],
  ])('falls back to the entity name %s', (_, annotations) => {
    expect(entityNamespace(entity(annotations))).toBe('payments-api');
  });
});
