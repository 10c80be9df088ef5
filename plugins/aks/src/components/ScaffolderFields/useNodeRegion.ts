import { useApi } from '@backstage/frontend-plugin-api';
import { parseAksClusterId } from '@aks-backstage/plugin-aks-common';
import useAsync from 'react-use/esm/useAsync';
import { aksApiRef } from '../../api';
import { AksFieldProps, dependenciesOf, otherValue } from './formValues';

/**
 * The subscription and location new nodes go to: the form's, or, with
 * `ui:options.clusterField`, those of the cluster the form names (read from
 * the fleet). `waitingFor` says which field has to be filled first.
 */
export function useNodeRegion(props: AksFieldProps) {
  const aksApi = useApi(aksApiRef);
  const clusterField = props.uiSchema?.['ui:options']?.clusterField;
  const clusterId = clusterField ? otherValue(props, clusterField) : undefined;
  const own = dependenciesOf(props);
  const { value: ofCluster, loading } = useAsync(async () => {
    if (!clusterId) return undefined;
    const ref = parseAksClusterId(clusterId);
    const page = await aksApi.getFleetPage({
      subscriptionId: ref.subscriptionId,
      resourceGroup: ref.resourceGroup,
      limit: 500,
    });
    const found = page.items.find(
      c => c.name.toLowerCase() === ref.name.toLowerCase(),
    );
    return { subscriptionId: ref.subscriptionId, location: found?.location };
  }, [aksApi, clusterId]);

  if (clusterField) {
    return {
      ...ofCluster,
      loading,
      waitingFor: clusterId ? undefined : 'Choose a cluster first',
    };
  }
  let waitingFor: string | undefined;
  if (!own.subscriptionId) waitingFor = 'Choose a subscription first';
  else if (!own.location) waitingFor = 'Choose a region first';
  return { ...own, loading: false, waitingFor };
}
