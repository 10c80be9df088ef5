/**
 * The AKS backend plugin: a REST API over Azure Kubernetes Service.
 *
 * @packageDocumentation
 */
export { aksPlugin as default } from './plugin';
