/**
 * Scaffolder actions that provision Azure Kubernetes Service clusters and
 * node pools, container registries, virtual nodes and container instances,
 * and that give services workload identities and Flux (GitOps) configurations.
 *
 * @packageDocumentation
 */
export { scaffolderAksActionsModule as default } from './module';
export * from './actions';
