import { ConfigReader } from '@backstage/config';
import { readAksConfig } from './config';

const subscription = {
  subscriptionId: '6F1A2B3C-0000-4000-8000-000000000001',
  displayName: 'Production',
  tenantId: '5b6c7d8e-0000-4000-8000-00000000000a',
  credential: { type: 'clientSecret', clientId: 'app', clientSecret: 's3cret' },
};

describe('readAksConfig', () => {
  it('reads subscriptions and applies defaults', () => {
    const config = readAksConfig(
      new ConfigReader({ aks: { subscriptions: [subscription] } }),
    );
    expect(config).toMatchObject({
      cacheTtlMs: 60_000,
      requestTimeoutMs: 30_000,
      pollIntervalMs: 2000,
      operationLeaseMs: 30_000,
      retry: { maxRetries: 3, retryDelayMs: 800 },
      graph: { enabled: false, endpoint: 'https://graph.microsoft.com' },
      subscriptions: [
        {
          subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
          credential: { type: 'clientSecret', clientId: 'app' },
        },
      ],
    });
  });

  it('reads how Kubernetes API servers are reached, refusing a template that is not an https URL and an unknown auth provider', () => {
    const read = (urlTemplate: string) =>
      readAksConfig(
        new ConfigReader({
          aks: {
            kubernetesApiServer: { urlTemplate, caCert: 'PEM' },
            subscriptions: [subscription],
          },
        }),
      ).kubernetesApiServer;
    expect(
      read('https://proxy.example.com/{subscriptionId}/{resourceGroup}/{name}'),
    ).toEqual({
      urlTemplate:
        'https://proxy.example.com/{subscriptionId}/{resourceGroup}/{name}',
      caCert: 'PEM',
      authProvider: 'azure',
    });
    expect(() => read('http://proxy.example.com/{name}')).toThrow(
      /aks.kubernetesApiServer.urlTemplate 'http:\/\/proxy.example.com\/\{name\}'; expected an https URL/,
    );
    expect(() => read('{name}')).toThrow(/expected an https URL/);
    expect(() =>
      readAksConfig(
        new ConfigReader({
          aks: {
            kubernetesApiServer: { authProvider: 'google' },
            subscriptions: [subscription],
          },
        }),
      ),
    ).toThrow(
      "Invalid aks.kubernetesApiServer.authProvider 'google'; expected azure or aks",
    );
  });

  it('reads the Graph endpoint without its trailing slash', () => {
    const config = readAksConfig(
      new ConfigReader({
        aks: {
          graph: { enabled: true, endpoint: 'https://127.0.0.1:7443/graph/' },
          subscriptions: [subscription],
        },
      }),
    );
    expect(config.graph).toEqual({
      enabled: true,
      endpoint: 'https://127.0.0.1:7443/graph',
    });
  });

  it('defaults a subscription without credential to the default chain', () => {
    const config = readAksConfig(
      new ConfigReader({
        aks: {
          subscriptions: [{ subscriptionId: subscription.subscriptionId }],
        },
      }),
    );
    expect(config.subscriptions[0].credential).toEqual({ type: 'default' });
  });

  it('names the key of a subscription id that is not a GUID', () => {
    expect(() =>
      readAksConfig(
        new ConfigReader({
          aks: { subscriptions: [{ ...subscription, subscriptionId: 'prod' }] },
        }),
      ),
    ).toThrow(/aks\.subscriptions\[\]\.subscriptionId/);
  });

  it('rejects an unknown credential type', () => {
    expect(() =>
      readAksConfig(
        new ConfigReader({
          aks: {
            subscriptions: [{ ...subscription, credential: { type: 'magic' } }],
          },
        }),
      ),
    ).toThrow(/credential type 'magic'/);
  });
});
