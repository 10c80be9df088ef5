import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { AKS_FIELDS } from './components/ScaffolderFields';
import { aksPlugin } from './plugin';

/**
 * Scaffolder field `AksSubscriptionPicker`: a subscription under `aks.subscriptions`.
 *
 * @public
 */
export const AksSubscriptionPickerFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.subscriptionPicker),
);

/**
 * Scaffolder field `AksLocationPicker`: where AKS offers clusters to the
 * subscription in `ui:options.subscriptionField` (default `subscriptionId`).
 *
 * @public
 */
export const AksLocationPickerFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.locationPicker),
);

/**
 * Scaffolder field `AksKubernetesVersionPicker`: the versions the location in
 * `ui:options.locationField` (default `location`) offers.
 *
 * @public
 */
export const AksKubernetesVersionPickerFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.kubernetesVersionPicker),
);

/**
 * Scaffolder field `AksVmSizeField`: an Azure VM size, validated.
 *
 * @public
 */
export const AksVmSizeFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.vmSizeField),
);

/**
 * Scaffolder field `AksClusterPicker`: an existing cluster, as its ARM id.
 *
 * @public
 */
export const AksClusterPickerFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.clusterPicker),
);
