import { DEMO_IDS } from './seeds/demoIds';
import { findSecrets } from './secretScan';

describe('findSecrets', () => {
  const kubeconfig =
    'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0t\n';
  const jwt =
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhMWIyYzNkNCJ9.c2lnbmF0dXJlLWJ5dGVz';

  it.each([
    ['client secret', `config: ${DEMO_IDS.clientSecret}`],
    ['client secret', { credential: { clientSecret: 'anything' } }],
    ['bearer token', 'authorization: Bearer abcdefgh12345678'],
    ['JWT', { token: jwt }],
    ['kubeconfig', kubeconfig],
    ['kubeconfig', Buffer.from(kubeconfig).toString('base64')],
    ['kubeconfig token', '    token: 0123456789abcdef0123456789abcdef01234567'],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE'],
    ['password', { username: 'acr', passwords: [{ name: 'p', value: 'x' }] }],
    ['password', '{"password":"hunter2"}'],
    [
      'git credential',
      { configurationProtectedSettings: { httpsKey: 'hunter2' } },
    ],
    ['git credential', '{"sshPrivateKey": "LS0tLS1CRUdJTi"}'],
    ['protected settings', { configurationProtectedSettings: { token: 'x' } }],
  ])('finds a %s', (kind, value) => {
    const hits = findSecrets(value);
    expect(hits.map(h => h.kind)).toContain(kind);
    expect(JSON.stringify(hits)).not.toMatch(/hunter2|abcdefgh12345678/);
  });

  it('finds a secret it is given', () => {
    expect(findSecrets('the key is s3cr3t-value', ['s3cr3t-value'])).toEqual([
      { kind: 'client secret', excerpt: 'the key is <12 characters masked>' },
    ]);
  });

  it.each([
    // a fleet cursor is base64 JSON too, but not a JWT
    { nextCursor: 'eyJvZmZzZXQiOjEwMH0' },
    {
      error: {
        message:
          'Invalid query parameter limit "0x10": must be a decimal integer',
      },
    },
    'The client secret of aks-reporting-prod ends on 2026-01-01',
    // what Kubernetes configurations answer in place of their protected settings
    { properties: { configurationProtectedSettings: {}, httpsUser: 'flux' } },
    { configurationProtectedSettings: null },
    {
      servicePrincipal: {
        clientId: DEMO_IDS.clientId,
        secretExpiresOn: '2026-01-01',
      },
    },
  ])('finds nothing in %j', value => {
    expect(findSecrets(value)).toEqual([]);
  });
});
