export { EntityClusterSections } from './EntityClusterSections';
