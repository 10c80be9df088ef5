import { ArmError } from '../../errors/armError';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { nameOf } from '../../util/ids';
import { FLUX_EXTENSION_TYPE } from './kubernetesConfigurationTypes';
import { extensionsOf, installedFluxExtension } from './extensionModel';

/**
 * A Flux configuration needs the cluster's microsoft.flux extension, which
 * runs the Flux controllers: "the microsoft.flux extension must be installed
 * in the cluster before one or more fluxConfigurations can be created"
 * (Azure's GitOps documentation). The Azure CLI installs it on the way; the
 * API does not, so the emulator answers a 400 `FluxExtensionNotInstalled`
 * naming the cluster and what to install, while none has finished
 * installing.
 */
export function requireFluxExtension(
  ctx: EmulatorContext,
  cluster: StoredResource,
) {
  if (installedFluxExtension(ctx, cluster)) return;
  const installing = extensionsOf(ctx, cluster).find(
    e =>
      String(e.body.properties?.extensionType).toLowerCase() ===
      FLUX_EXTENSION_TYPE,
  );
  const name = nameOf(cluster.id);
  throw new ArmError(
    400,
    'FluxExtensionNotInstalled',
    installing
      ? `The ${FLUX_EXTENSION_TYPE} extension '${nameOf(
          installing.id,
        )}' on managed cluster '${name}' is not installed (its provisioningState is ${
          installing.body.properties?.provisioningState
        }). Flux configurations can be created once it has been installed.`
      : `The ${FLUX_EXTENSION_TYPE} extension is not installed on managed cluster '${name}'. Install an extension of extensionType '${FLUX_EXTENSION_TYPE}' (for example named 'flux') before creating Flux configurations.`,
    'extensions',
  );
}
