/**
 * The AKS frontend plugin: cluster cards, an entity tab, the fleet page and
 * scaffolder field pickers for Azure Kubernetes Service.
 *
 * @packageDocumentation
 */
export {
  aksPlugin,
  AksFleetPage,
  EntityAksClusterCard,
  EntityAksContent,
  EntityAksNodePoolsCard,
} from './plugin';
export {
  AksClusterPickerFieldExtension,
  AksKubernetesVersionPickerFieldExtension,
  AksLocationPickerFieldExtension,
  AksReviewNameFieldExtension,
  AksSubscriptionPickerFieldExtension,
  AksVmSizeFieldExtension,
} from './scaffolderFields';
export { isAksAvailable } from '@aks-backstage/plugin-aks-common';
export * from './api';
