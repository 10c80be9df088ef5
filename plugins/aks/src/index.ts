/**
 * The AKS frontend plugin: cluster cards, the fleet page and scaffolder field
 * pickers for Azure Kubernetes Service.
 *
 * @packageDocumentation
 */
export { aksPlugin, AksFleetPage } from './plugin';
export * from './api';
