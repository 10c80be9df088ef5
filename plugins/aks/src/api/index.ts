export { aksApiRef } from './AksApi';
export type { AksApi, ThroughEntity } from './AksApi';
export { AksClient } from './AksClient';
