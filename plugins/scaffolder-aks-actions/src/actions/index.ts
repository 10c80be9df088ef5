import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { createAksClusterCreateAction } from './aksCreate';

/** Every action of this module. */
export function createAksActions(clients: AzureClients) {
  return [createAksClusterCreateAction({ clients })];
}

export { createAksClusterCreateAction };
