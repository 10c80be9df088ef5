import appPlugin from '@backstage/plugin-app-backend';
import authPlugin from '@backstage/plugin-auth-backend';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import aksPlugin from '@aks-backstage/plugin-aks-backend';
import catalogAksModule from '@aks-backstage/plugin-catalog-backend-module-aks';
import kubernetesAksModule from '@aks-backstage/plugin-kubernetes-backend-module-aks';
import scaffolderAksModule from '@aks-backstage/plugin-scaffolder-backend-module-aks';
import demoPermissionPolicy from './permissionPolicy';

/** The plugins and modules of the demo backend. */
export const features = [
  appPlugin,
  authPlugin,
  guestProvider,
  catalogPlugin,
  catalogAksModule,
  scaffolderEntityModel,
  scaffolderPlugin,
  scaffolderAksModule,
  permissionPlugin,
  demoPermissionPolicy,
  aksPlugin,
  kubernetesPlugin,
  kubernetesAksModule,
  mcpActionsPlugin,
];
