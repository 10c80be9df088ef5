export { aksApiRef } from './AksApi';
export type { AksApi, FleetQuery } from './AksApi';
export { AksClient } from './AksClient';
