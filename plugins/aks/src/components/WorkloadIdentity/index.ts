export { WorkloadIdentitySection } from './WorkloadIdentitySection';
export { useEntityWorkloadIdentities } from './useEntityWorkloadIdentities';
