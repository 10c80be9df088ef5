export {
  ClusterPicker,
  KubernetesVersionPicker,
  LocationPicker,
  SubscriptionPicker,
  validateVmSize,
  VmSizeField,
} from './pickers';
export { AKS_FIELDS } from './fieldDefinitions';
