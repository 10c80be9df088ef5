/**
 * Types, health model, permissions and annotations shared by the AKS plugins.
 *
 * @packageDocumentation
 */

export * from './types';
export type {
  components as AksApiComponents,
  operations as AksApiOperations,
} from './schema/openapi.generated';
export * from './resourceId';
export * from './annotations';
export * from './permissions';
export * from './healthInput';
export { computeHealth } from './health';
export { kubernetesSupport } from './support';
