export { createAciCreateAction } from './aciCreate';
export { createAcrAttachAction } from './acrAttach';
export { createAcrCreateAction } from './acrCreate';
export { createAksClusterCreateAction } from './aksCreate';
export { createAksNodePoolCreateAction } from './aksNodePoolCreate';
export { createAksVirtualNodesEnableAction } from './aksVirtualNodesEnable';
export { createFluxConfigureAction } from './fluxConfigure';
export { createWorkloadIdentityCreateAction } from './workloadIdentityCreate';
