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
export { findSecrets } from './secretScan';
export type { SecretHit } from './secretScan';
export type {
  ArmEmulator,
  ArmEmulatorOptions,
  EmulatorAdmin,
  AdminResource,
  FaultRule,
  InstalledFault,
  LatencySettings,
  LroFailureRule,
  ThrottlingSettings,
  RequestLogEntry,
  RequestLogFilter,
  Principal,
  PrincipalRegistration,
  ApplicationRegistration,
} from './types';
export type { FaultMatch, FaultFrequency } from './faults/faultTypes';
export type { ResponseShape } from './faults/responseShapes';
export type { BucketSettings } from './faults/tokenBucket';
