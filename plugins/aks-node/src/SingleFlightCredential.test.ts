import { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { SingleFlightCredential } from './SingleFlightCredential';

const SCOPE = 'https://management.azure.com/.default';

/** A credential whose Entra calls the test answers by hand. */
function slowCredential() {
  const calls: Array<{ options?: GetTokenOptions; answer: () => void }> = [];
  const credential: TokenCredential = {
    getToken: (_scopes, options) =>
      new Promise<AccessToken>(resolve =>
        calls.push({
          options,
          answer: () =>
            resolve({ token: `token-${calls.length}`, expiresOnTimestamp: 0 }),
        }),
      ),
  };
  return { credential, calls };
}

describe('SingleFlightCredential', () => {
  it('lets concurrent callers share one Entra call', async () => {
    const { credential, calls } = slowCredential();
    const shared = new SingleFlightCredential(credential);
    const tokens = Promise.all([
      shared.getToken(SCOPE),
      shared.getToken(SCOPE),
    ]);
    expect(calls).toHaveLength(1);
    calls[0].answer();
    expect((await tokens).map(t => t?.token)).toEqual(['token-1', 'token-1']);
  });

  it("does not hand one caller's abort signal to the others", async () => {
    const { credential, calls } = slowCredential();
    const shared = new SingleFlightCredential(credential);
    const first = new AbortController();
    const aborted = shared.getToken(SCOPE, { abortSignal: first.signal });
    const other = shared.getToken(SCOPE);

    expect(calls[0].options?.abortSignal).toBeUndefined();
    first.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });

    calls[0].answer();
    expect((await other)?.token).toBe('token-1');
    expect(calls).toHaveLength(1);
  });

  it('keeps CAE and non-CAE tokens apart', async () => {
    const { credential, calls } = slowCredential();
    const shared = new SingleFlightCredential(credential);
    void shared.getToken(SCOPE, { enableCae: true });
    void shared.getToken(SCOPE);
    expect(calls.map(c => c.options?.enableCae)).toEqual([true, false]);
  });

  it('passes calls with claims straight through', async () => {
    const { credential, calls } = slowCredential();
    const shared = new SingleFlightCredential(credential);
    void shared.getToken(SCOPE, { claims: 'eyJ' });
    void shared.getToken(SCOPE, { claims: 'eyJ' });
    expect(calls).toHaveLength(2);
  });
});
