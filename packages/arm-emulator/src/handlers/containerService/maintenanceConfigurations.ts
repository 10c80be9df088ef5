import { resourceNotFound } from '../../errors/armError';
import { jsonBody, ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { CLUSTER_TYPE, MAINTENANCE_CONFIGURATION_TYPE } from './aksTypes';
import { MAINTENANCE_CONFIGURATION_API_VERSIONS } from './aksApiVersions';
import { requireCluster } from './clusterOperations';
import {
  maintenanceConfigurationIdOf,
  maintenanceConfigurationsOf,
  renderMaintenanceConfiguration,
  storeMaintenanceConfiguration,
} from './maintenanceConfigurationModel';
import {
  maintenanceConfigurationName,
  validateMaintenanceConfiguration,
} from './validateMaintenanceConfiguration';

function requireConfiguration(
  req: ArmRequest,
  ctx: EmulatorContext,
): StoredResource {
  const cluster = requireCluster(req, ctx);
  const record = ctx.store.get(
    maintenanceConfigurationIdOf(cluster.id, req.params.configName),
  );
  if (!record) {
    throw resourceNotFound(
      `${CLUSTER_TYPE}/${req.params.resourceName}/maintenanceConfigurations`,
      req.params.configName,
      req.params.resourceGroupName,
    );
  }
  return record;
}

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  const cluster = requireCluster(req, ctx);
  const name = maintenanceConfigurationName(req.params.configName);
  const existing = ctx.store.get(
    maintenanceConfigurationIdOf(cluster.id, name),
  );
  validateMaintenanceConfiguration(
    name,
    body,
    ctx.clock.now(),
    existing?.body.properties?.maintenanceWindow?.startDate,
  );
  const record = storeMaintenanceConfiguration(
    ctx,
    cluster.id,
    name,
    body.properties,
  );
  return {
    status: existing ? 200 : 201,
    body: renderMaintenanceConfiguration(record),
  };
}

function deleteConfiguration(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const cluster = requireCluster(req, ctx);
  const deleted = ctx.store.delete(
    maintenanceConfigurationIdOf(cluster.id, req.params.configName),
  );
  return { status: deleted ? 200 : 204 };
}

const CONFIGURATIONS = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${CLUSTER_TYPE}/{resourceName}/maintenanceConfigurations`;
const CONFIGURATION = `${CONFIGURATIONS}/{configName}`;

const route = routeBuilder(
  MAINTENANCE_CONFIGURATION_API_VERSIONS,
  MAINTENANCE_CONFIGURATION_TYPE,
);

/** Microsoft.ContainerService maintenanceConfigurations: when AKS may upgrade a cluster. */
export const maintenanceConfigurationRoutes: Route[] = [
  route(
    'GET',
    CONFIGURATIONS,
    'MaintenanceConfigurations_ListByManagedCluster',
    'read',
    (req, ctx) => {
      const cluster = requireCluster(req, ctx);
      const page = paginate(
        req,
        maintenanceConfigurationsOf(ctx, cluster.id),
        ctx.settings.pageSize,
      );
      return ok({
        ...page,
        value: page.value.map(renderMaintenanceConfiguration),
      });
    },
  ),
  route(
    'GET',
    CONFIGURATION,
    'MaintenanceConfigurations_Get',
    'read',
    (req, ctx) =>
      ok(renderMaintenanceConfiguration(requireConfiguration(req, ctx))),
  ),
  route(
    'PUT',
    CONFIGURATION,
    'MaintenanceConfigurations_CreateOrUpdate',
    'write',
    createOrUpdate,
  ),
  route(
    'DELETE',
    CONFIGURATION,
    'MaintenanceConfigurations_Delete',
    'delete',
    deleteConfiguration,
  ),
];
