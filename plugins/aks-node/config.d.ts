export interface Config {
  /** Azure Kubernetes Service plugins: which subscriptions to manage, and how. */
  aks?: {
    /**
     * Azure Resource Manager endpoint. Defaults to public Azure
     * (https://management.azure.com); the demo points it at the emulator.
     */
    armEndpoint?: string;
    /**
     * Microsoft Entra authority host. Defaults to public Azure
     * (https://login.microsoftonline.com).
     */
    authorityHost?: string;
    /**
     * An extra CA certificate (PEM) to trust for Azure Resource Manager and
     * Entra calls, for example a TLS-inspecting proxy or the emulator.
     */
    caCert?: string;
    /**
     * Microsoft Graph, to read when the client secrets of clusters on a
     * service principal expire. Each subscription's identity needs the
     * `Application.Read.All` application permission; only end dates are read,
     * never a secret. Where Graph is off or refuses, the expiry rules are
     * skipped.
     */
    graph?: {
      /** Read secret end dates from Microsoft Graph. Defaults to false. */
      enabled?: boolean;
      /**
       * Microsoft Graph endpoint. Defaults to public Azure
       * (https://graph.microsoft.com); the demo points it at the emulator.
       */
      endpoint?: string;
    };
    /**
     * How Backstage reaches the clusters' Kubernetes API servers, for the
     * Kubernetes plugin and the catalog's cluster entities. By default, each
     * cluster's own FQDN as Azure reports it (the private FQDN of a private
     * cluster).
     */
    kubernetesApiServer?: {
      /**
       * The API server URL of every cluster, for clusters reached through a
       * proxy: `{subscriptionId}`, `{resourceGroup}` and `{name}` are filled
       * in, for example
       * `https://aks-proxy.example.com/{subscriptionId}/{resourceGroup}/{name}`.
       */
      urlTemplate?: string;
      /** The CA certificate (PEM) of that proxy, when it is not publicly trusted. */
      caCert?: string;
      /**
       * How the Kubernetes plugin authenticates to the clusters: `azure`
       * (default) with the token of the subscription's configured identity
       * for the AKS Microsoft Entra server application, the same for every
       * user; or `aks`, with each signed-in user's own Microsoft Entra token
       * (the frontend needs Microsoft sign-in).
       */
      authProvider?: 'azure' | 'aks';
    };
    /** How long cluster reads are cached, in seconds. Defaults to 60. */
    cacheTtlSeconds?: number;
    /** Timeout of one Azure request, in milliseconds. Defaults to 30000. */
    requestTimeoutMs?: number;
    /**
     * How often a long-running Azure operation is polled, in milliseconds.
     * Defaults to 2000.
     */
    pollIntervalMs?: number;
    /**
     * How long a backend replica holds an operation it follows, in seconds;
     * the replica renews it every third of that while it runs. When a
     * replica stops, another takes over its operations after this long (at
     * once when it shut down cleanly). Defaults to 30.
     */
    operationLeaseSeconds?: number;
    /**
     * Retries of a throttled or failed Azure request, by the Azure SDK's own
     * retry policies (which honour `Retry-After`).
     */
    retry?: {
      /** Defaults to 3. */
      maxRetries?: number;
      /** First back-off delay in milliseconds; it doubles. Defaults to 800. */
      retryDelayMs?: number;
    };
    /**
     * The subscriptions the plugins may call. No other subscription is ever
     * called, whatever an entity's annotation says.
     */
    subscriptions: Array<{
      /** The subscription id (a GUID). */
      subscriptionId: string;
      /** A name people recognise, shown in the portal. */
      displayName?: string;
      /** The Microsoft Entra tenant of the subscription. */
      tenantId?: string;
      /** How to authenticate. Defaults to the default credential chain. */
      credential?:
        | {
            /** A service principal with a client secret. */
            type: 'clientSecret';
            clientId: string;
            /** @visibility secret */
            clientSecret: string;
          }
        | {
            /** Workload identity (federated token file, on Kubernetes). */
            type: 'workloadIdentity';
            clientId?: string;
            tokenFilePath?: string;
          }
        | {
            /** A managed identity: system-assigned, or user-assigned by clientId. */
            type: 'managedIdentity';
            clientId?: string;
          }
        | {
            /** DefaultAzureCredential: environment, workload identity, managed identity, Azure CLI. */
            type: 'default';
          };
    }>;
  };
}
