export { readClusterMaintenance } from './clusterMaintenance';
export { setMaintenanceWindow } from './setMaintenanceWindow';
export { previewWindow } from './windowInfo';
export { checkWindowInput } from './windowInput';
export { MaintenanceReads } from './MaintenanceReads';
export type { MaintenanceRead } from './MaintenanceReads';
