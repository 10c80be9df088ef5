import { Agent } from 'node:https';
import { ClientSecretCredential } from '@azure/identity';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ContainerInstanceManagementClient } from '@azure/arm-containerinstance';
import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { ResourceManagementClient } from '@azure/arm-resources';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ArmEmulator } from '../types';

/** ARM scope the SDK clients ask tokens for (as in Azure). */
export const ARM_SCOPE = 'https://management.azure.com/.default';

/** The only TLS setting the SDKs need: an agent that trusts the emulator's CA. */
export function trustingAgent(emulator: ArmEmulator): Agent {
  return new Agent({ ca: emulator.caCertPem, keepAlive: true });
}

export function credentialFor(
  emulator: ArmEmulator,
  agent: Agent,
  clientId = emulator.clientId,
  clientSecret = emulator.clientSecret,
) {
  return new ClientSecretCredential(emulator.tenantId, clientId, clientSecret, {
    authorityHost: emulator.authorityHost,
    disableInstanceDiscovery: true,
    agent,
  });
}

/** Client options shared by every ARM SDK client: endpoint, scopes, agent, fast retries. */
export function clientOptions(emulator: ArmEmulator, agent: Agent) {
  return {
    endpoint: emulator.url,
    credentialScopes: [ARM_SCOPE],
    credentials: { scopes: [ARM_SCOPE] },
    agent,
    retryOptions: { retryDelayInMs: 10, maxRetryDelayInMs: 50 },
  };
}

/** Poller option so LROs are polled quickly. */
export const FAST_POLL = { updateIntervalInMs: 5 };

/** The ARM SDK clients the product uses, for a subscription. */
export function sdkClients(emulator: ArmEmulator, subscriptionId: string) {
  const agent = trustingAgent(emulator);
  const credential = credentialFor(emulator, agent);
  const options = clientOptions(emulator, agent);
  return {
    aks: new ContainerServiceClient(credential, subscriptionId, options),
    acr: new ContainerRegistryManagementClient(
      credential,
      subscriptionId,
      options,
    ),
    aci: new ContainerInstanceManagementClient(
      credential,
      subscriptionId,
      options,
    ),
    auth: new AuthorizationManagementClient(
      credential,
      subscriptionId,
      options,
    ),
    compute: new ComputeManagementClient(credential, subscriptionId, options),
    msi: new ManagedServiceIdentityClient(credential, subscriptionId, options),
    kubernetesConfiguration: new SourceControlConfigurationClient(
      credential,
      subscriptionId,
      options,
    ),
    resources: new ResourceManagementClient(credential, subscriptionId, options),
  };
}

export type SdkClients = ReturnType<typeof sdkClients>;
