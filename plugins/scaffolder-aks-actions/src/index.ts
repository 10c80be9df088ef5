/**
 * Scaffolder actions that provision Azure Kubernetes Service clusters,
 * container registries and virtual nodes.
 *
 * @packageDocumentation
 */
export { scaffolderAksActionsModule as default } from './module';
export { createAksClusterCreateAction } from './actions';
