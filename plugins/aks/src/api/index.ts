export { aksApiRef } from './AksApi';
export type { AksApi, ThroughEntity, VmSizeList } from './AksApi';
export { AksClient } from './AksClient';
