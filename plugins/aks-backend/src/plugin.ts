import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aksPermissions } from '@aks-backstage/plugin-aks-common';
import { azureClientsServiceRef } from '@aks-backstage/plugin-aks-node';
import { ClusterAccess } from './access/ClusterAccess';
import { registerAksActions } from './actions';
import { createClusterServices } from './clusters';
import { readGitOpsConfig } from './gitops';
import { OperationService } from './operations/OperationService';
import { OperationStore } from './operations/OperationStore';
import { createRouter } from './routes/createRouter';

/**
 * The AKS backend plugin, mounted at `/api/aks`.
 *
 * @public
 */
export const aksPlugin = createBackendPlugin({
  pluginId: 'aks',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        cache: coreServices.cache,
        database: coreServices.database,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        clients: azureClientsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { clients, logger, lifecycle } = deps;
        const reads = createClusterServices({
          ...deps,
          gitOps: readGitOpsConfig(deps.config),
          cacheStoreIsProcessLocal:
            (deps.config.getOptionalString('backend.cache.store') ??
              'memory') === 'memory',
        });
        const store = await OperationStore.create(deps.database);
        const operations = new OperationService({ ...deps, store, reads });
        const access = new ClusterAccess({ ...deps, operations });

        deps.permissionsRegistry.addPermissions(aksPermissions);
        deps.httpRouter.use(await createRouter({ ...deps, reads, operations }));
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        registerAksActions(deps.actionsRegistry, { access, reads, operations });
        lifecycle.addStartupHook(() => operations.resumeInProgress());
        lifecycle.addShutdownHook(() => operations.stop());
        // Without delaying the start: the first requests need not wait for Entra.
        lifecycle.addStartupHook(() => {
          void clients.warmUp().then(failures => {
            for (const { subscriptionId, error } of failures) {
              logger.warn(
                `No Azure token yet for subscription ${subscriptionId}: ${error.message}`,
              );
            }
          });
        });
      },
    });
  },
});
