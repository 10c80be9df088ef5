export { AKS_FIELDS } from './fieldDefinitions';
