import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { createAciCreateAction } from './aciCreate';
import { createAcrAttachAction } from './acrAttach';
import { createAcrCreateAction } from './acrCreate';
import { createAksClusterCreateAction } from './aksCreate';
import { createAksNodePoolCreateAction } from './aksNodePoolCreate';
import { createAksVirtualNodesEnableAction } from './aksVirtualNodesEnable';

/** Every action of this module. */
export function createAksActions(clients: AzureClients) {
  return [
    createAksClusterCreateAction({ clients }),
    createAksNodePoolCreateAction({ clients }),
    createAcrCreateAction({ clients }),
    createAcrAttachAction({ clients }),
    createAksVirtualNodesEnableAction({ clients }),
    createAciCreateAction({ clients }),
  ];
}

export {
  createAciCreateAction,
  createAcrAttachAction,
  createAcrCreateAction,
  createAksClusterCreateAction,
  createAksNodePoolCreateAction,
  createAksVirtualNodesEnableAction,
};
