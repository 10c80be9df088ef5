export { computeHealth } from './computeHealth';
export { buildHealthInput } from './healthInput';
export type {
  HealthInput,
  MaintenanceWindowHealthInput,
  NodePoolHealthInput,
  UnreadParts,
} from './healthInput';
export { kubernetesSupport } from './support';
