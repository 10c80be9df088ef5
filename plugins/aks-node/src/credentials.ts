import {
  AccessToken,
  ClientSecretCredential,
  DefaultAzureCredential,
  GetTokenOptions,
  ManagedIdentityCredential,
  TokenCredential,
  TokenCredentialOptions,
  WorkloadIdentityCredential,
} from '@azure/identity';
import { AksSubscriptionConfig } from './config';

/**
 * The credential of one configured subscription.
 *
 * @public
 */
export function createTokenCredential(
  subscription: AksSubscriptionConfig,
  options: TokenCredentialOptions & { disableInstanceDiscovery?: boolean },
): TokenCredential {
  return new SingleFlightCredential(
    createIdentityCredential(subscription, options),
  );
}

function createIdentityCredential(
  subscription: AksSubscriptionConfig,
  options: TokenCredentialOptions & { disableInstanceDiscovery?: boolean },
): TokenCredential {
  const { credential, tenantId } = subscription;
  switch (credential.type) {
    case 'clientSecret':
      if (!tenantId) {
        throw new Error(
          `aks subscription ${subscription.subscriptionId} uses a client secret and needs a tenantId`,
        );
      }
      return new ClientSecretCredential(
        tenantId,
        credential.clientId,
        credential.clientSecret,
        options,
      );
    case 'workloadIdentity':
      return new WorkloadIdentityCredential({
        ...options,
        tenantId,
        clientId: credential.clientId,
        tokenFilePath: credential.tokenFilePath,
      });
    case 'managedIdentity':
      return credential.clientId
        ? new ManagedIdentityCredential(credential.clientId, options)
        : new ManagedIdentityCredential(options);
    default:
      return new DefaultAzureCredential({ ...options, tenantId });
  }
}

/**
 * Lets concurrent requests for the same token share one call to Entra; the
 * credential's own cache serves the requests that come after.
 */
class SingleFlightCredential implements TokenCredential {
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
