export {
  blockingFindings,
  UpgradeReadinessChecks,
  upgradeReadinessOf,
} from './UpgradeReadinessChecks';
export type { ReadinessOptions } from './UpgradeReadinessChecks';
export { admitUpgrade } from './upgradeGate';
