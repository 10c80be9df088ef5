/**
 * Scaffolder actions that provision Azure Kubernetes Service clusters and
 * node pools, container registries, virtual nodes and container instances.
 *
 * @packageDocumentation
 */
export { scaffolderAksActionsModule as default } from './module';
export * from './actions';
