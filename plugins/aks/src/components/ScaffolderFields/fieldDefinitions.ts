import {
  ClusterPicker,
  KubernetesVersionPicker,
  LocationPicker,
  SubscriptionPicker,
  validateVmSize,
  VmSizeField,
} from './pickers';

/** The scaffolder fields of the AKS plugin, by the `ui:field` name templates use. */
export const AKS_FIELDS = {
  subscriptionPicker: {
    name: 'AksSubscriptionPicker',
    component: SubscriptionPicker,
  },
  locationPicker: { name: 'AksLocationPicker', component: LocationPicker },
  kubernetesVersionPicker: {
    name: 'AksKubernetesVersionPicker',
    component: KubernetesVersionPicker,
  },
  vmSizeField: {
    name: 'AksVmSizeField',
    component: VmSizeField,
    validation: validateVmSize,
  },
  clusterPicker: { name: 'AksClusterPicker', component: ClusterPicker },
};
