import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { aksPlugin } from '../plugin';
import { emulatorConfig } from './emulatorConfig';

/**
 * The AKS backend plugin in Backstage's test backend, pointed at an ARM
 * emulator: the plugin as an app runs it, with every service the test
 * backend mocks unless `features` replaces it.
 *
 * @public
 */
export async function startAksTestBackend(options: {
  /** The emulator the plugin calls, from `startArmEmulator`; its credentials may be replaced. */
  emulator: Parameters<typeof emulatorConfig>[0];
  /** Settings of the `aks` block beside those that point at the emulator. */
  aks?: Record<string, unknown>;
  /** Configuration beside the `aks` block, such as `backend.cache`. */
  config?: Record<string, unknown>;
  /** More features: other plugins, or service factories that replace the mocks. */
  features?: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
}) {
  return startTestBackend({
    features: [
      aksPlugin,
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          ...emulatorConfig(options.emulator, options.aks),
        },
      }),
      ...(options.features ?? []),
    ],
  });
}
