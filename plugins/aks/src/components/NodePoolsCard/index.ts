export { NodePoolsCard } from './NodePoolsCard';
export { NodePoolTable } from './NodePoolTable';
