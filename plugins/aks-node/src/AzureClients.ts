import { Agent } from 'node:https';
import { createSecureContext, rootCertificates } from 'node:tls';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ContainerInstanceManagementClient } from '@azure/arm-containerinstance';
import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { ResourceManagementClient } from '@azure/arm-resources';
import { PipelinePolicy } from '@azure/core-rest-pipeline';
import { TokenCredential } from '@azure/identity';
import { Config } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import { AksConfig, AksSubscriptionConfig, readAksConfig } from './config';
import { createTokenCredential } from './credentials';
import { GraphClient } from './GraphClient';

const ARM_SCOPE = 'https://management.azure.com/.default';

/**
 * Pipeline options every Azure SDK client of the plugins gets: the ARM
 * endpoint, the token scope, an HTTPS agent that trusts the configured CA and
 * the retry policy.
 *
 * @public
 */
export interface AzureClientOptions {
  /** The ARM endpoint, when it is not public Azure. */
  endpoint?: string;
  /** The scope of classic clients (`@azure/arm-containerinstance`, -authorization, -resources, -kubernetesconfiguration). */
  credentialScopes: string[];
  /** The scope of modular clients (`@azure/arm-containerservice`, -containerregistry, -compute, -msi). */
  credentials: { scopes: string[] };
  /** The HTTPS agent: kept-alive connections that trust `aks.caCert`. */
  agent: Agent;
  /** The SDK's own retry policy, from `aks.retry`. */
  retryOptions: { maxRetries: number; retryDelayInMs: number };
  /** The request timeout on every request, the polls of long-running operations included. */
  additionalPolicies: Array<{
    policy: PipelinePolicy;
    position: 'perCall' | 'perRetry';
  }>;
}

type ClientConstructor<T> = new (
  credential: TokenCredential,
  subscriptionId: string,
  options: AzureClientOptions,
) => T;

/**
 * The one place that owns Azure credentials and SDK clients: one credential
 * per identity and one client of each kind per configured subscription, and
 * nothing for any other subscription. Every client asks for the same token
 * scope, so that one token serves them all.
 *
 * @public
 */
export class AzureClients {
  /** The `aks` configuration. */
  readonly config: AksConfig;
  /** What every SDK client is created with. */
  readonly clientOptions: AzureClientOptions;
  readonly #subscriptions: Map<string, AksSubscriptionConfig>;
  /** Keyed by tenant and credential configuration. */
  readonly #credentials = new Map<string, TokenCredential>();
  /** Keyed by credential. */
  readonly #graphClients = new Map<TokenCredential, GraphClient>();
  /** Keyed by client kind and subscription. */
  readonly #clients = new Map<
    ClientConstructor<unknown>,
    Map<string, unknown>
  >();

  /** Reads the `aks` configuration; throws on a bad key, naming it. */
  static fromConfig(config: Config): AzureClients {
    return new AzureClients(readAksConfig(config));
  }

  constructor(config: AksConfig) {
    this.config = config;
    this.#subscriptions = new Map(
      config.subscriptions.map(s => [s.subscriptionId, s]),
    );
    this.clientOptions = {
      endpoint: config.armEndpoint,
      credentialScopes: [ARM_SCOPE],
      credentials: { scopes: [ARM_SCOPE] },
      // One secure context for every connection: a `ca` option would be
      // parsed again for each new connection and keyed into each socket name.
      agent: new Agent({
        keepAlive: true,
        secureContext: config.caCert
          ? createSecureContext({ ca: [...rootCertificates, config.caCert] })
          : undefined,
      }),
      retryOptions: {
        maxRetries: config.retry.maxRetries,
        retryDelayInMs: config.retry.retryDelayMs,
      },
      // The SDKs' pollers send their polls without the caller's options, so
      // a poll that hangs would hang its operation for good.
      additionalPolicies: [
        {
          position: 'perCall',
          policy: {
            name: 'aksRequestTimeout',
            sendRequest: (request, next) => {
              request.timeout ||= config.requestTimeoutMs;
              return next(request);
            },
          },
        },
      ],
    };
  }

  /** The configured subscriptions, in configuration order. */
  get subscriptions(): AksSubscriptionConfig[] {
    return [...this.#subscriptions.values()];
  }

  /** The configuration of a subscription; throws if it is not configured. */
  subscription(subscriptionId: string): AksSubscriptionConfig {
    const subscription = this.#subscriptions.get(subscriptionId.toLowerCase());
    if (!subscription) {
      throw new NotAllowedError(
        `Subscription ${subscriptionId} is not configured for the AKS plugins`,
      );
    }
    return subscription;
  }

  /**
   * The credential of a subscription. Subscriptions configured with the same
   * identity share one credential, and so one token.
   */
  credential(subscriptionId: string): TokenCredential {
    const subscription = this.subscription(subscriptionId);
    const identity = JSON.stringify([
      subscription.tenantId,
      subscription.credential,
    ]);
    let credential = this.#credentials.get(identity);
    if (!credential) {
      credential = createTokenCredential(subscription, {
        authorityHost: this.config.authorityHost,
        disableInstanceDiscovery: Boolean(this.config.authorityHost),
        agent: this.clientOptions.agent,
        retryOptions: this.clientOptions.retryOptions,
      });
      this.#credentials.set(identity, credential);
    }
    return credential;
  }

  /**
   * Gets a token for every configured identity, so that the first request
   * does not wait for Entra. Failures are returned, not thrown: the requests
   * that need the token will report them.
   */
  async warmUp(): Promise<Array<{ subscriptionId: string; error: Error }>> {
    const failures: Array<{ subscriptionId: string; error: Error }> = [];
    const identities = new Map<TokenCredential, string>();
    for (const { subscriptionId } of this.subscriptions) {
      identities.set(this.credential(subscriptionId), subscriptionId);
    }
    await Promise.all(
      [...identities].map(async ([credential, subscriptionId]) => {
        try {
          // As the SDK's bearer token policy asks for it, so that the
          // credential's cache serves the SDK.
          await credential.getToken(ARM_SCOPE, { enableCae: true });
        } catch (error) {
          failures.push({ subscriptionId, error: error as Error });
        }
      }),
    );
    return failures;
  }

  /** The `@azure/arm-containerservice` client of a subscription. */
  containerService(subscriptionId: string): ContainerServiceClient {
    return this.#client(ContainerServiceClient, subscriptionId);
  }

  /** The `@azure/arm-containerregistry` client of a subscription. */
  registry(subscriptionId: string): ContainerRegistryManagementClient {
    return this.#client(ContainerRegistryManagementClient, subscriptionId);
  }

  /** The `@azure/arm-containerinstance` client of a subscription. */
  containerInstance(subscriptionId: string): ContainerInstanceManagementClient {
    return this.#client(ContainerInstanceManagementClient, subscriptionId);
  }

  /** The `@azure/arm-authorization` client of a subscription. */
  authorization(subscriptionId: string): AuthorizationManagementClient {
    return this.#client(AuthorizationManagementClient, subscriptionId);
  }

  /** The `@azure/arm-compute` client of a subscription: the VM sizes of its regions. */
  compute(subscriptionId: string): ComputeManagementClient {
    return this.#client(ComputeManagementClient, subscriptionId);
  }

  /** The `@azure/arm-msi` client of a subscription: user-assigned identities and their federated credentials. */
  managedIdentities(subscriptionId: string): ManagedServiceIdentityClient {
    return this.#client(ManagedServiceIdentityClient, subscriptionId);
  }

  /** The `@azure/arm-kubernetesconfiguration` client of a subscription: cluster extensions and Flux configurations. */
  kubernetesConfiguration(
    subscriptionId: string,
  ): SourceControlConfigurationClient {
    return this.#client(SourceControlConfigurationClient, subscriptionId);
  }

  /** The `@azure/arm-resources` client of a subscription. */
  resources(subscriptionId: string): ResourceManagementClient {
    return this.#client(ResourceManagementClient, subscriptionId);
  }

  /**
   * Microsoft Graph with the subscription's identity, or undefined when Graph
   * access is not configured. Subscriptions that share an identity share one.
   */
  graph(subscriptionId: string): GraphClient | undefined {
    if (!this.config.graph.enabled) return undefined;
    const credential = this.credential(subscriptionId);
    let client = this.#graphClients.get(credential);
    if (!client) {
      client = new GraphClient(credential, {
        endpoint: this.config.graph.endpoint,
        timeoutMs: this.config.requestTimeoutMs,
        agent: this.clientOptions.agent,
        retryOptions: this.clientOptions.retryOptions,
      });
      this.#graphClients.set(credential, client);
    }
    return client;
  }

  #client<T>(Client: ClientConstructor<T>, subscriptionId: string): T {
    const { subscriptionId: id } = this.subscription(subscriptionId);
    let clients = this.#clients.get(Client);
    if (!clients) {
      clients = new Map();
      this.#clients.set(Client, clients);
    }
    let client = clients.get(id) as T | undefined;
    if (!client) {
      client = new Client(this.credential(id), id, this.clientOptions);
      clients.set(id, client);
    }
    return client;
  }

  /** Closes the kept-alive connections (at backend shutdown). */
  close(): void {
    this.clientOptions.agent.destroy();
  }

  /**
   * Per-call options: abandon any one HTTP request (including each poll of a
   * long-running operation) that takes longer than configured.
   */
  requestOptions(): { requestOptions: { timeout: number } } {
    return { requestOptions: { timeout: this.config.requestTimeoutMs } };
  }

  /** Per-call options of a long-running operation. */
  operationOptions(): {
    requestOptions: { timeout: number };
    updateIntervalInMs: number;
  } {
    return {
      ...this.requestOptions(),
      updateIntervalInMs: this.config.pollIntervalMs,
    };
  }
}
