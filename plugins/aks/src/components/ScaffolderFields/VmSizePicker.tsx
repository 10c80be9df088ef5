import type { AksFieldProps } from './formValues';
import { PickerField } from './PickerField';
import { useChoices } from './useChoices';
import { useNodeRegion } from './useNodeRegion';
import { vmSizeChoices } from './vmSizeChoices';

/**
 * `AksVmSizeField`: a VM size the nodes' region offers, searchable; typed
 * (and checked against Azure's naming) when the sizes cannot be read.
 */
export function VmSizePicker(props: AksFieldProps) {
  const region = useNodeRegion(props);
  const { subscriptionId, location } = region;
  const state = useChoices(
    async api =>
      subscriptionId && location
        ? api.listVmSizes(subscriptionId, location)
        : undefined,
    [subscriptionId, location],
    vmSizeChoices,
  );
  return (
    <PickerField
      field={props}
      {...state}
      loading={state.loading || region.loading}
      waitingFor={region.waitingFor}
      placeholder="Standard_D4ds_v5"
    />
  );
}
