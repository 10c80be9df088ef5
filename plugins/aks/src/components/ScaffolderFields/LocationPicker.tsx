import { AksFieldProps, dependenciesOf } from './formValues';
import { PickerField } from './PickerField';
import { useChoices } from './useChoices';

/** `AksLocationPicker`: where AKS offers clusters to the chosen subscription. */
export function LocationPicker(props: AksFieldProps) {
  const { subscriptionId } = dependenciesOf(props);
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
      waitingFor={subscriptionId ? undefined : 'Choose a subscription first'}
    />
  );
}
