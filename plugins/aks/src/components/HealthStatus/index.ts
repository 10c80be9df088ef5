export { HealthStatus } from './HealthStatus';
