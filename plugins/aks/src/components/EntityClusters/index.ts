export { EntityClusterSections } from './EntityClusterSections';
export type { ClusterContext } from './EntityClusterSections';
export { useTabHref } from './useTabHref';
