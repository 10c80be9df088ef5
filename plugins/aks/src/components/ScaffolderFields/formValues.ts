import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/** The `ui:options` the AKS fields take. */
export interface AksFieldOptions {
  /** The form field that holds the subscription id (default `subscriptionId`). */
  subscriptionField?: string;
  /** The form field that holds the location (default `location`). */
  locationField?: string;
  /** `AksVmSizeField`: the field that holds the cluster whose region the nodes go to. */
  clusterField?: string;
  /** `AksClusterPicker`: what the template's action needs of a cluster. */
  requires?: string[];
  /**
   * `AksReviewName`: the field whose choice this one names in the review
   * (not `field`, which rjsf reads as `ui:field`).
   */
  of?: string;
}

/** The props every AKS field gets. */
export type AksFieldProps = FieldExtensionComponentProps<
  string,
  AksFieldOptions
>;

/** Another value of the form, from the scaffolder's form context; none when empty. */
export function formValue(
  formData: Record<string, unknown> | undefined,
  field: string,
): string | undefined {
  const value = formData?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const formDataOf = (props: AksFieldProps) =>
  (props.formContext as { formData?: Record<string, unknown> } | undefined)
    ?.formData;

/** The subscription and location the field depends on, as `ui:options` names their fields. */
export function dependencies(
  formData: Record<string, unknown> | undefined,
  options: AksFieldOptions | undefined,
) {
  return {
    subscriptionId: formValue(
      formData,
      options?.subscriptionField ?? 'subscriptionId',
    ),
    location: formValue(formData, options?.locationField ?? 'location'),
  };
}

/** {@link dependencies} of a field being rendered. */
export function dependenciesOf(props: AksFieldProps) {
  return dependencies(formDataOf(props), props.uiSchema?.['ui:options']);
}

/** {@link formValue} of a field being rendered. */
export function otherValue(props: AksFieldProps, field: string) {
  return formValue(formDataOf(props), field);
}
