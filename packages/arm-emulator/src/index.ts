/**
 * A local Azure Resource Manager and Entra token endpoint over HTTPS, for driving the
 * unmodified Azure SDKs in tests, demos and benchmarks.
 *
 * @packageDocumentation
 */

export { startArmEmulator } from './startArmEmulator';
export { startArmEmulatorProcess } from './startArmEmulatorProcess';
export type { ArmEmulatorProcess } from './startArmEmulatorProcess';
export { DEMO_IDS } from './seeds/demoIds';
export type {
  ArmEmulator,
  ArmEmulatorOptions,
  EmulatorAdmin,
  AdminResource,
  ClockChange,
  ClockMove,
} from './types';
export type { AutoUpgradeStarted } from './handlers/containerService/autoUpgrade';
export type { QuotaLimit } from './persistence/quotaStore';
export type {
  FaultRule,
  InstalledFault,
  LatencySettings,
  LroFailureRule,
  ThrottlingSettings,
  FaultMatch,
  FaultFrequency,
} from './faults/faultTypes';
export type {
  RequestLogEntry,
  RequestLogFilter,
} from './persistence/requestLog';
export type {
  Principal,
  PrincipalRegistration,
} from './persistence/principalStore';
export type { ApplicationRegistration } from './persistence/applicationStore';
export type { ResponseShape } from './faults/responseShapes';
export type { BucketSettings } from './faults/tokenBucket';
