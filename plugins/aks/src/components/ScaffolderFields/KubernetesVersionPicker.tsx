import { AksFieldProps, dependenciesOf } from './formValues';
import {
  defaultKubernetesVersion,
  kubernetesVersionChoices,
} from './kubernetesVersionChoices';
import { PickerField } from './PickerField';
import { useChoices } from './useChoices';

/** `AksKubernetesVersionPicker`: a patch version the chosen location offers; empty for its default. */
export function KubernetesVersionPicker(props: AksFieldProps) {
  const { subscriptionId, location } = dependenciesOf(props);
  const { value: versions, ...state } = useChoices(
    async api =>
      subscriptionId && location
        ? (await api.getKubernetesVersions(subscriptionId, location)).versions
        : undefined,
    [subscriptionId, location],
    kubernetesVersionChoices,
  );
  const defaultVersion = versions && defaultKubernetesVersion(versions);
  let waitingFor: string | undefined;
  if (!subscriptionId) waitingFor = 'Choose a subscription first';
  else if (!location) waitingFor = 'Choose a region first';
  return (
    <PickerField
      field={props}
      {...state}
      placeholder={
        defaultVersion
          ? `The region's default, ${defaultVersion}`
          : "The region's default"
      }
      waitingFor={waitingFor}
    />
  );
}
