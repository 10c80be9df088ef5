import { Entity } from '@backstage/catalog-model';
import { entityRepository, repositoryOf } from './repository';

describe('repositoryOf', () => {
  const payments = {
    key: 'github.com/acme/payments-api',
    url: 'https://github.com/acme/payments-api',
  };

  it.each([
    'https://github.com/acme/payments-api',
    'https://github.com/acme/payments-api.git',
    'https://github.com/acme/payments-api/',
    'https://GitHub.com/acme/payments-api.git/',
    'https://github.com/acme/payments-api/tree/main/',
    'https://github.com/acme/payments-api/blob/main/catalog-info.yaml',
    'http://github.com/acme/payments-api',
    'git@github.com:acme/payments-api.git',
    'ssh://git@github.com/acme/payments-api',
    'ssh://git@github.com:22/acme/payments-api.git',
    '  https://github.com/acme/payments-api  ',
  ])('reads %s as the same repository', url => {
    expect(repositoryOf(url)).toEqual(payments);
  });

  it('keeps the path as written: another case is another repository', () => {
    expect(repositoryOf('https://github.com/Acme/Payments-Api')?.key).toBe(
      'github.com/Acme/Payments-Api',
    );
  });

  it('tells repositories of one owner apart', () => {
    expect(
      repositoryOf('https://github.com/acme/platform-gitops')?.key,
    ).not.toBe(payments.key);
  });

  it('reads GitLab subgroups', () => {
    expect(
      repositoryOf('https://gitlab.com/group/sub/repo/-/tree/main/deploy')?.key,
    ).toBe(repositoryOf('git@gitlab.com:group/sub/repo.git')?.key);
  });

  it("reads Azure Repos' https and ssh forms as one repository", () => {
    const https = repositoryOf(
      'https://dev.azure.com/contoso/shop/_git/payments',
    );
    expect(https).toEqual({
      key: 'dev.azure.com/contoso/shop/_git/payments',
      url: 'https://dev.azure.com/contoso/shop/_git/payments',
    });
    expect(
      repositoryOf('git@ssh.dev.azure.com:v3/contoso/shop/payments'),
    ).toEqual(https);
    expect(
      repositoryOf('https://contoso@dev.azure.com/contoso/shop/_git/payments'),
    ).toEqual(https);
  });

  it('leaves credentials out of the URL it gives', () => {
    expect(
      repositoryOf('https://bot:ghp_secret@github.com/acme/payments-api'),
    ).toEqual(payments);
  });

  it.each([
    undefined,
    '',
    '   ',
    'not a url',
    './catalog-info.yaml',
    'https://github.com',
  ])('reads no repository in %j', url => {
    expect(repositoryOf(url)).toBeUndefined();
  });
});

describe('entityRepository', () => {
  const entity = (annotations?: Record<string, string>): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', annotations },
  });

  it('reads backstage.io/source-location', () => {
    expect(
      entityRepository(
        entity({
          'backstage.io/source-location':
            'url:https://github.com/acme/payments-api/tree/main/',
        }),
      )?.key,
    ).toBe('github.com/acme/payments-api');
  });

  it('falls back, as Backstage does, to the url: location the entity came from', () => {
    expect(
      entityRepository(
        entity({
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/payments-api/blob/main/catalog-info.yaml',
        }),
      )?.key,
    ).toBe('github.com/acme/payments-api');
  });

  it.each([
    ['without annotations', undefined],
    [
      'from a file location',
      { 'backstage.io/managed-by-location': 'file:/tmp/entities.yaml' },
    ],
    [
      'with a malformed location',
      { 'backstage.io/source-location': 'nonsense' },
    ],
    [
      'with a url that is no repository',
      { 'backstage.io/source-location': 'url:https://github.com' },
    ],
  ])('finds none %s', (_, annotations) => {
    expect(entityRepository(entity(annotations))).toBeUndefined();
  });
});
