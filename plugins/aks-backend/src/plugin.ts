import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aksPermissions } from '@aks-backstage/plugin-aks-common';
import { azureClientsServiceRef } from '@aks-backstage/plugin-aks-node';
import { registerAksActions } from './actions';
import { createRouter } from './router';
import { ClusterAccess } from './services/ClusterAccess';
import { AksService } from './services/AksService';
import { OperationService } from './services/OperationService';
import { OperationStore } from './services/OperationStore';

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
        const { clients, logger, cache, database, auditor } = deps;
        const aks = AksService.create({
          clients,
          cache,
          logger,
          cacheStoreIsProcessLocal:
            (deps.config.getOptionalString('backend.cache.store') ??
              'memory') === 'memory',
        });
        const store = await OperationStore.create(database);
        const operations = new OperationService({
          clients,
          store,
          aks,
          auditor,
          logger,
        });

        deps.permissionsRegistry.addPermissions(aksPermissions);
        deps.httpRouter.use(await createRouter({ ...deps, aks, operations }));
        registerAksActions(deps.actionsRegistry, {
          access: new ClusterAccess({ ...deps, operations }),
          aks,
          operations,
        });
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        deps.lifecycle.addStartupHook(() => operations.resumeInProgress());
        deps.lifecycle.addShutdownHook(() => operations.stop());
        // Without delaying the start: the first requests need not wait for Entra.
        deps.lifecycle.addStartupHook(() => {
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
