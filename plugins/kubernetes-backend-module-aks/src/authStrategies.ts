import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AksStrategy,
  AnonymousStrategy,
  AwsIamStrategy,
  GoogleServiceAccountStrategy,
  GoogleStrategy,
  OidcStrategy,
  ServiceAccountStrategy,
} from '@backstage/plugin-kubernetes-backend';
import { AuthenticationStrategy } from '@backstage/plugin-kubernetes-node';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { AksAzureIdentityStrategy } from './AksAzureIdentityStrategy';

/**
 * The Kubernetes backend's auth strategies with `azure` replaced by
 * {@link AksAzureIdentityStrategy}. Once a module adds any strategy, the
 * backend uses only the added ones, so the others it has by default are added
 * again, as the backend builds them.
 */
export function aksAuthStrategies(options: {
  config: Config;
  logger: LoggerService;
  clients: AzureClients;
}): Array<[string, AuthenticationStrategy]> {
  const { config } = options;
  return [
    ['aks', new AksStrategy()],
    ['aws', new AwsIamStrategy({ config })],
    ['azure', new AksAzureIdentityStrategy(options)],
    ['google', new GoogleStrategy()],
    ['googleServiceAccount', new GoogleServiceAccountStrategy({ config })],
    ['localKubectlProxy', new AnonymousStrategy()],
    ['oidc', new OidcStrategy()],
    ['serviceAccount', new ServiceAccountStrategy()],
  ];
}
