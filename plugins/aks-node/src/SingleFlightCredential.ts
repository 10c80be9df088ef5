import { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';

/**
 * Lets concurrent requests for the same token share one call to Entra; the
 * credential's own cache serves the requests that come after. The shared
 * call belongs to no caller: each caller's abort signal ends only its own
 * wait, and only the options that change the token (CAE) tell calls apart.
 */
export class SingleFlightCredential implements TokenCredential {
  readonly #credential: TokenCredential;
  readonly #inFlight = new Map<string, Promise<AccessToken | null>>();

  constructor(credential: TokenCredential) {
    this.#credential = credential;
  }

  getToken(
    scopes: string | string[],
    options: GetTokenOptions = {},
  ): Promise<AccessToken | null> {
    if (options.claims || options.tenantId) {
      return this.#credential.getToken(scopes, options);
    }
    const enableCae = options.enableCae ?? false;
    const key = JSON.stringify([[scopes].flat(), enableCae]);
    let token = this.#inFlight.get(key);
    if (!token) {
      token = this.#credential
        .getToken(scopes, { enableCae })
        .finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, token);
    }
    return untilAborted(token, options.abortSignal);
  }
}

function untilAborted<T>(
  promise: Promise<T>,
  signal: GetTokenOptions['abortSignal'],
) {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      const error = new Error('The token request was aborted.');
      error.name = 'AbortError';
      reject(error);
    };
    if (signal.aborted) {
      abort();
      return;
    }
    signal.addEventListener('abort', abort, { once: true });
    promise
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', abort));
  });
}
