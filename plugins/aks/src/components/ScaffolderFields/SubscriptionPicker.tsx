import type { AksFieldProps } from './formValues';
import { PickerField } from './PickerField';
import { useChoices } from './useChoices';

/** `AksSubscriptionPicker`: one of the subscriptions under `aks.subscriptions`. */
export function SubscriptionPicker(props: AksFieldProps) {
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
