/**
 * The AKS plugins' wire contract: the REST API's types, annotation names,
 * resource-id parsing and permissions, shared by the frontend and the backend.
 *
 * @packageDocumentation
 */

export * from './types';
export type {
  components as AksApiComponents,
  operations as AksApiOperations,
} from './schema/openapi.generated';
export * from './resourceId';
export * from './armResourceId';
export * from './annotations';
export * from './permissions';
export * from './maintenance';
export * from './builtInRoles';
