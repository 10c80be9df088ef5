import { ClusterPicker } from './ClusterPicker';
import { KubernetesVersionPicker } from './KubernetesVersionPicker';
import { LocationPicker } from './LocationPicker';
import { ReviewName } from './ReviewName';
import { SubscriptionPicker } from './SubscriptionPicker';
import {
  validateClusterId,
  validateKubernetesVersion,
  validateSubscriptionId,
  validateVmSize,
} from './validators';
import { VmSizePicker } from './VmSizePicker';

/** The scaffolder fields of the AKS plugin, by the `ui:field` name templates use. */
export const AKS_FIELDS = {
  subscriptionPicker: {
    name: 'AksSubscriptionPicker',
    component: SubscriptionPicker,
    validation: validateSubscriptionId,
  },
  locationPicker: { name: 'AksLocationPicker', component: LocationPicker },
  kubernetesVersionPicker: {
    name: 'AksKubernetesVersionPicker',
    component: KubernetesVersionPicker,
    validation: validateKubernetesVersion,
  },
  vmSizeField: {
    name: 'AksVmSizeField',
    component: VmSizePicker,
    validation: validateVmSize,
  },
  clusterPicker: {
    name: 'AksClusterPicker',
    component: ClusterPicker,
    validation: validateClusterId,
  },
  reviewName: { name: 'AksReviewName', component: ReviewName },
};
