/**
 * Helpers that start the AKS backend plugin against the ARM emulator, for
 * testing an app's integration the way the plugin's own suites test it.
 *
 * @packageDocumentation
 */

export { startAksTestBackend } from './startAksTestBackend';
export {
  armRequests,
  clusterPath,
  clusters,
  emulatorConfig,
} from './emulatorConfig';
