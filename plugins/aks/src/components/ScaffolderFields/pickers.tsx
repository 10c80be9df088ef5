import { useApi } from '@backstage/frontend-plugin-api';
import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import useAsync from 'react-use/esm/useAsync';
import { AksApi, aksApiRef } from '../../api';
import { useFleet } from '../FleetPage/useFleet';
import { Choice, formValue, PickerField } from './FieldShell';

type FieldProps = FieldExtensionComponentProps<
  string,
  { subscriptionField?: string; locationField?: string }
>;

const subscriptionOf = (props: FieldProps) =>
  formValue(
    props,
    props.uiSchema['ui:options']?.subscriptionField ?? 'subscriptionId',
  );

/**
 * The choices a picker offers, read through the AKS API; none (`undefined`)
 * until they are read or while `read` has nothing to ask for.
 */
function useChoices<T>(
  read: (api: AksApi) => Promise<T | undefined>,
  deps: unknown[],
  toChoices: (value: T) => Choice[],
) {
  const aksApi = useApi(aksApiRef);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { value, loading, error } = useAsync(
    () => read(aksApi),
    [aksApi, ...deps],
  );
  return {
    choices: value === undefined ? undefined : toChoices(value),
    loading,
    error,
  };
}

/** `AksSubscriptionPicker`: one of the subscriptions under `aks.subscriptions`. */
export function SubscriptionPicker(props: FieldProps) {
  const state = useChoices(
    api => api.listSubscriptions(),
    [],
    ({ items }) =>
      items.map(s => ({
        id: s.subscriptionId,
        label: s.displayName ?? s.subscriptionId,
        description: s.subscriptionId,
      })),
  );
  return <PickerField field={props} {...state} />;
}

/** `AksLocationPicker`: where AKS offers clusters to the chosen subscription. */
export function LocationPicker(props: FieldProps) {
  const subscriptionId = subscriptionOf(props);
  const state = useChoices(
    async api =>
      subscriptionId ? api.listLocations(subscriptionId) : undefined,
    [subscriptionId],
    ({ items }) =>
      items.map(l => ({
        id: l.name,
        label: l.displayName,
        description: l.name,
      })),
  );
  return (
    <PickerField
      field={props}
      {...state}
      blockedReason={
        subscriptionId ? undefined : 'Choose a subscription first.'
      }
    />
  );
}

/** `AksKubernetesVersionPicker`: the patch versions the chosen location offers, newest first. */
export function KubernetesVersionPicker(props: FieldProps) {
  const subscriptionId = subscriptionOf(props);
  const location = formValue(
    props,
    props.uiSchema['ui:options']?.locationField ?? 'location',
  );
  const state = useChoices(
    async api =>
      subscriptionId && location
        ? api.getKubernetesVersions(subscriptionId, location)
        : undefined,
    [subscriptionId, location],
    ({ versions }) =>
      versions
        .flatMap(minor =>
          minor.patchVersions.map(patch => ({
            id: patch.version,
            label: patch.version,
            description: [
              minor.isDefault && 'the default',
              minor.isPreview && 'preview',
              !minor.supportPlans.includes('KubernetesOfficial') && 'LTS only',
            ]
              .filter(Boolean)
              .join(', '),
          })),
        )
        .reverse(),
  );
  return (
    <PickerField
      field={props}
      {...state}
      placeholder="The location's default"
      blockedReason={
        subscriptionId && location
          ? undefined
          : 'Choose a subscription and a location first.'
      }
    />
  );
}

/** `AksClusterPicker`: an existing cluster of the fleet; the value is its ARM id. */
export function ClusterPicker(props: FieldProps) {
  const { clusters, loading, error } = useFleet();
  const choices =
    loading && clusters.length === 0
      ? undefined
      : clusters.map(c => ({
          id: c.id,
          label: c.name,
          description: `${c.resourceGroup} · ${
            c.subscriptionDisplayName ?? c.subscriptionId
          }`,
        }));
  return (
    <PickerField
      field={props}
      choices={choices}
      loading={loading}
      error={error}
    />
  );
}

const VM_SIZE = /^Standard_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*$/;

/** `AksVmSizeField`: an Azure VM size, such as Standard_D4ds_v5. */
export function VmSizeField(props: FieldProps) {
  return <PickerField field={props} />;
}

/** A VM size must be named the way Azure names them. */
export const validateVmSize: CustomFieldValidator<string> = (value, field) => {
  if (value && !VM_SIZE.test(value)) {
    field.addError(
      `${value} is not an Azure VM size; sizes look like Standard_D4ds_v5.`,
    );
  }
};
