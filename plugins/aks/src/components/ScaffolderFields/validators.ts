import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  isValidKubernetesVersion,
  isValidSubscriptionId,
  parseAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';
import { AksFieldOptions, dependencies } from './formValues';

const VM_SIZE = /^Standard_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*$/;

/** A subscription typed where the list could not be read must be an id. */
export const validateSubscriptionId: CustomFieldValidator<string> = (
  value,
  field,
) => {
  if (value && !isValidSubscriptionId(value)) {
    field.addError(
      `${value} is not a subscription id; ids look like 00000000-0000-0000-0000-000000000000.`,
    );
  }
};

/** A version typed where the list could not be read must be one AKS takes. */
export const validateKubernetesVersion: CustomFieldValidator<string> = (
  value,
  field,
) => {
  if (value && !isValidKubernetesVersion(value)) {
    field.addError(
      `${value} is not a Kubernetes version; versions look like 1.34 or 1.34.5.`,
    );
  }
};

/** A cluster typed where the fleet could not be read must be a cluster's ARM id. */
export const validateClusterId: CustomFieldValidator<string> = (
  value,
  field,
) => {
  if (!value) return;
  try {
    parseAksClusterId(value);
  } catch (error) {
    field.addError(
      `That is not an AKS cluster's id: ${(error as Error).message}.`,
    );
  }
};

/**
 * A VM size is named the way Azure names them, and, where the region's sizes
 * can be read, is one the region offers the subscription.
 */
export const validateVmSize: CustomFieldValidator<string> = async (
  value,
  field,
  context,
) => {
  if (!value) return;
  if (!VM_SIZE.test(value)) {
    field.addError(
      `${value} is not an Azure VM size; sizes look like Standard_D4ds_v5.`,
    );
    return;
  }
  const options = (context?.uiSchema as { 'ui:options'?: AksFieldOptions })?.[
    'ui:options'
  ];
  const { subscriptionId, location } = dependencies(
    context?.formData as Record<string, unknown>,
    options,
  );
  const aksApi = context?.apiHolder?.get(aksApiRef);
  if (!aksApi || !subscriptionId || !location || options?.clusterField) return;
  const sizes = await aksApi
    .listVmSizes(subscriptionId, location)
    .catch(() => undefined);
  if (!sizes) return;
  const size = sizes.items.find(
    s => s.name.toLowerCase() === value.toLowerCase(),
  );
  if (!size) {
    field.addError(
      `${location} does not offer ${value}; choose one of its sizes.`,
    );
  } else if (size.unavailable) {
    field.addError(
      `${value} is not available to this subscription in ${location} (${size.unavailable}); choose another size.`,
    );
  }
};
