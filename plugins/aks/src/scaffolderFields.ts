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
 * Scaffolder field `AksVmSizeField`: a VM size the nodes' region offers (the
 * location in `ui:options.locationField`, or the region of the cluster in
 * `ui:options.clusterField`), searchable; typed and checked where the sizes
 * cannot be read.
 *
 * @public
 */
export const AksVmSizeFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.vmSizeField),
);

/**
 * Scaffolder field `AksClusterPicker`: an existing cluster, as its ARM id,
 * with its health; the clusters the template's action would refuse
 * (`ui:options.requires`: `running`, `kubeletIdentity`, `azureCni`) are shown
 * with why, and cannot be picked.
 *
 * @public
 */
export const AksClusterPickerFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.clusterPicker),
);

/**
 * Scaffolder field `AksReviewName`: the name the Review step shows for the
 * choice of the field in `ui:options.of` (a subscription's or region's
 * display name, a cluster's name); hidden in the form.
 *
 * @public
 */
export const AksReviewNameFieldExtension = aksPlugin.provide(
  createScaffolderFieldExtension(AKS_FIELDS.reviewName),
);
