import {
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
  TokenCredential,
  TokenCredentialOptions,
  WorkloadIdentityCredential,
} from '@azure/identity';
import { AksSubscriptionConfig } from './config';
import { SingleFlightCredential } from './SingleFlightCredential';

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
