import { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';

/**
 * Lets concurrent requests for the same token share one call to Entra; the
 * credential's own cache serves the requests that come after.
 */
export class SingleFlightCredential implements TokenCredential {
  readonly #credential: TokenCredential;
  readonly #inFlight = new Map<string, Promise<AccessToken | null>>();

  constructor(credential: TokenCredential) {
    this.#credential = credential;
  }

  getToken(
    scopes: string | string[],
    options?: GetTokenOptions,
  ): Promise<AccessToken | null> {
    if (options?.claims || options?.tenantId) {
      return this.#credential.getToken(scopes, options);
    }
    const key = [scopes].flat().join(' ');
    let token = this.#inFlight.get(key);
    if (!token) {
      token = this.#credential
        .getToken(scopes, options)
        .finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, token);
    }
    return token;
  }
}
