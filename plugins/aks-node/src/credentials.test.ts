import { ArmEmulator, startArmEmulator } from '@aks-backstage/arm-emulator';
import { Agent } from 'node:https';
import { createTokenCredential } from './credentials';

const SCOPE = 'https://management.azure.com/.default';

describe('createTokenCredential', () => {
  let emulator: ArmEmulator;

  beforeAll(async () => {
    emulator = await startArmEmulator({ seed: 'empty' });
  });
  afterAll(() => emulator.stop());

  function credential(clientSecret = emulator.clientSecret) {
    return createTokenCredential(
      {
        subscriptionId: emulator.subscriptionIds[0],
        tenantId: emulator.tenantId,
        credential: {
          type: 'clientSecret',
          clientId: emulator.clientId,
          clientSecret,
        },
      },
      {
        authorityHost: emulator.authorityHost,
        disableInstanceDiscovery: true,
        agent: new Agent({ ca: emulator.caCertPem }),
      },
    );
  }

  it('asks Entra once for many concurrent requests of the same token', async () => {
    const shared = credential();
    emulator.admin.clearRequests();

    const tokens = await Promise.all(
      Array.from({ length: 20 }, () => shared.getToken(SCOPE)),
    );

    expect(new Set(tokens.map(t => t?.token)).size).toBe(1);
    expect(emulator.admin.requests({ operation: 'Entra_Token' })).toHaveLength(
      1,
    );
  });

  it("fails with Entra's error for a wrong secret, without the secret", async () => {
    const error = await credential('not-the-secret')
      .getToken(SCOPE)
      .catch(e => e);
    expect(error.message).toContain('AADSTS7000215');
    expect(error.message).not.toContain('not-the-secret');
  });
});
