export { AksContent } from './AksContent';
