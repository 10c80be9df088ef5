export { AksIcon } from './AksIcon';
