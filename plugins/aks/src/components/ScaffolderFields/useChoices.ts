import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { AksApi, aksApiRef } from '../../api';
import type { Choice } from './PickerField';

/**
 * The choices a picker offers, read through the AKS API; none (`undefined`)
 * until they are read, or while `read` has nothing to ask for.
 */
export function useChoices<T>(
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
    value,
    choices: value === undefined ? undefined : toChoices(value),
    loading,
    error,
  };
}
