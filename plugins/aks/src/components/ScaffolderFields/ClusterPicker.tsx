import { healthInWords, refusalOf } from './clusterRequirements';
import type { AksFieldProps } from './formValues';
import { PickerField } from './PickerField';
import { useFleetClusters } from './useFleetClusters';

/**
 * `AksClusterPicker`: an existing cluster of the fleet, as its ARM id. Each
 * shows its health; one the template's action would refuse
 * (`ui:options.requires`) is shown with why, and cannot be picked.
 */
export function ClusterPicker(props: AksFieldProps) {
  const requires = props.uiSchema?.['ui:options']?.requires;
  const { value: clusters, loading, error } = useFleetClusters();
  const choices = clusters
    ?.map(c => ({
      id: c.id,
      label: c.name,
      description: `${healthInWords(c)} · ${c.resourceGroup} · ${
        c.subscriptionDisplayName ?? c.subscriptionId
      }`,
      reviewName: `${c.name} (${c.resourceGroup}, ${
        c.subscriptionDisplayName ?? c.subscriptionId
      })`,
      disabledReason: refusalOf(c, requires),
    }))
    .sort(
      (a, b) =>
        Number(!!a.disabledReason) - Number(!!b.disabledReason) ||
        a.label.localeCompare(b.label),
    );
  return (
    <PickerField
      field={props}
      choices={choices}
      loading={loading}
      error={error}
    />
  );
}
