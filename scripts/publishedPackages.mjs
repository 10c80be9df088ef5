// The packages published to npm, in build order.
export const PUBLISHED = [
  'plugins/aks-common',
  'plugins/aks-node',
  'plugins/aks-backend',
  'plugins/aks',
  'plugins/scaffolder-backend-module-aks',
  'plugins/catalog-backend-module-aks',
  'plugins/kubernetes-backend-module-aks',
  'packages/arm-emulator',
];
