import type { HealthRule } from '../healthRule';
import { CREDENTIAL_RULES } from './credentials';
import { MAINTENANCE_RULES } from './maintenance';
import { NETWORK_RULES } from './network';
import { POOL_RULES } from './pools';
import { SETTINGS_RULES } from './settings';
import { STATE_RULES } from './state';
import { SUPPORT_RULES } from './support';
import { UPGRADE_RULES } from './upgrades';
import { WORKLOAD_IDENTITY_RULES } from './workloadIdentity';

/**
 * The health rules, one table per concern; warnings come out in this order
 * within a severity.
 */
export const HEALTH_RULES: ReadonlyArray<HealthRule> = [
  ...STATE_RULES,
  ...SUPPORT_RULES,
  ...CREDENTIAL_RULES,
  ...POOL_RULES,
  ...NETWORK_RULES,
  ...WORKLOAD_IDENTITY_RULES,
  ...UPGRADE_RULES,
  ...MAINTENANCE_RULES,
  ...SETTINGS_RULES,
];
