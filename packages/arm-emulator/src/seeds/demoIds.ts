/** Fixed ids of the demo seed (catalog files and docs refer to them). @public */
export const DEMO_IDS = {
  tenantId: '5b6c7d8e-0000-4000-8000-00000000000a',
  clientId: 'a1b2c3d4-0000-4000-8000-0000000000c1',
  clientSecret: 'emulator-demo-secret',
  noRoleClientId: 'a1b2c3d4-0000-4000-8000-0000000000c2',
  noRoleClientSecret: 'emulator-no-role-secret',
  productionSubscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  developmentSubscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
} as const;
