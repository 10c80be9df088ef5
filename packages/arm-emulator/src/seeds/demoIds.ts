/** Fixed ids of the demo seed (catalog files and docs refer to them). @public */
export const DEMO_IDS = {
  tenantId: '5b6c7d8e-0000-4000-8000-00000000000a',
  clientId: 'a1b2c3d4-0000-4000-8000-0000000000c1',
  clientSecret: 'emulator-demo-secret',
  noRoleClientId: 'a1b2c3d4-0000-4000-8000-0000000000c2',
  noRoleClientSecret: 'emulator-no-role-secret',
  productionSubscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  developmentSubscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
  /** Service principal of `aks-reporting-prod`, whose last client secret ends five days after the emulator starts. */
  expiringSecretAppId: 'b2c3d4e5-0000-4000-8000-0000000000a1',
  /** Service principal of `aks-archive-prod`, whose last client secret ended twelve days before the emulator started. */
  expiredSecretAppId: 'b2c3d4e5-0000-4000-8000-0000000000a2',
} as const;
