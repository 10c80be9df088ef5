export { ClusterCard, ClusterOverview } from './ClusterCard';
