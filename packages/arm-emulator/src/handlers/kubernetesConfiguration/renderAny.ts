import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import {
  EXTENSION_TYPE,
  FLUX_CONFIGURATION_TYPE,
  KUBERNETES_CONFIGURATION_SDK_API_VERSION,
} from './kubernetesConfigurationTypes';
import { renderExtension } from './extensionModel';
import { renderFluxConfiguration } from './fluxModel';

/** An extension or Flux configuration as the SDK's GET returns it (for the admin API), else undefined. */
export function renderKubernetesConfiguration(
  ctx: EmulatorContext,
  record: StoredResource,
): Record<string, any> | undefined {
  const type = record.type.toLowerCase();
  if (type === EXTENSION_TYPE.toLowerCase())
    return renderExtension(
      ctx,
      record,
      KUBERNETES_CONFIGURATION_SDK_API_VERSION,
    );
  if (type === FLUX_CONFIGURATION_TYPE.toLowerCase())
    return renderFluxConfiguration(
      ctx,
      record,
      KUBERNETES_CONFIGURATION_SDK_API_VERSION,
    );
  return undefined;
}
