export { WorkloadIdentityReads } from './WorkloadIdentityReads';
export { entityNamespace } from './entityNamespace';
