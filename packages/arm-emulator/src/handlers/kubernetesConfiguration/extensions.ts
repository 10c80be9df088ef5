import { ArmError } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { CLUSTER_SCOPE, requireManagedCluster } from './clusterScope';
import {
  EXTENSION_TYPE,
  EXTENSIONS_API_VERSIONS,
  FLUX_CONFIGURATION_TYPE,
  FLUX_EXTENSION_TYPE,
} from './kubernetesConfigurationTypes';
import {
  configurationLroHeaders,
  guardConfigurationMutation,
  operationStatusHandler,
  startConfigurationOperation,
} from './configurationOperations';
import {
  configurationResourcesOf,
  extensionIdOf,
  extensionsOf,
  installedVersion,
  patchedUpgradeSettings,
  renderExtension,
  storedExtensionBody,
  upgradeSettings,
} from './extensionModel';
import {
  checkExtensionName,
  checkUpgradeSettings,
  EXTENSION_PATCH_SHAPE,
  EXTENSION_SHAPE,
  validateExtension,
} from './validateExtension';
import { forceDeleteOf } from './forceDelete';
import { checkProtectedSettingsShape } from './configurationInput';

const apiVersionOf = (req: ArmRequest) => req.query.get('api-version');
const PROTECTED_SETTINGS = 'properties.configurationProtectedSettings';

function findExtension(
  req: ArmRequest,
  ctx: EmulatorContext,
  cluster: StoredResource,
): StoredResource | undefined {
  const id = extensionIdOf(cluster.id, req.params.extensionName).toLowerCase();
  return extensionsOf(ctx, cluster).find(r => r.id.toLowerCase() === id);
}

function requireExtension(req: ArmRequest, ctx: EmulatorContext) {
  const cluster = requireManagedCluster(req, ctx);
  const record = findExtension(req, ctx, cluster);
  if (!record)
    throw new ArmError(
      404,
      'ResourceNotFound',
      `Extension instance with name '${req.params.extensionName}' not found.`,
    );
  return { cluster, record };
}

const onInstalled = (record: StoredResource) => () => {
  record.body.properties.currentVersion = installedVersion(
    record.body.properties,
  );
};

function createExtension(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, EXTENSION_SHAPE);
  checkProtectedSettingsShape(
    body.properties?.configurationProtectedSettings,
    PROTECTED_SETTINGS,
  );
  const cluster = requireManagedCluster(req, ctx);
  checkExtensionName(req.params.extensionName);
  const existing = findExtension(req, ctx, cluster);
  guardConfigurationMutation(ctx, existing, 'extension');
  validateExtension(body, existing?.body);
  const record = ctx.store.put(
    existing?.id ?? extensionIdOf(cluster.id, req.params.extensionName),
    storedExtensionBody(body, existing?.body),
  );
  const op = startConfigurationOperation(ctx, cluster, record, {
    operation: 'Extensions_Create',
    state: existing ? 'Updating' : 'Creating',
    onSucceeded: onInstalled(record),
  });
  return {
    status: existing ? 200 : 201,
    body: renderExtension(ctx, record, apiVersionOf(req)),
    headers: configurationLroHeaders(req, ctx, op),
  };
}

function updateExtension(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, EXTENSION_PATCH_SHAPE);
  checkProtectedSettingsShape(
    body.properties?.configurationProtectedSettings,
    PROTECTED_SETTINGS,
  );
  const { cluster, record } = requireExtension(req, ctx);
  guardConfigurationMutation(ctx, record, 'extension');
  const patch = body.properties ?? {};
  const requested = patchedUpgradeSettings(record.body.properties, patch);
  checkUpgradeSettings(requested);
  const next = upgradeSettings(requested);
  const props = record.body.properties;
  const unchanged =
    JSON.stringify(next) === JSON.stringify(upgradeSettings(props)) &&
    !patch.configurationProtectedSettings &&
    props.provisioningState === 'Succeeded';
  if (unchanged) return ok(renderExtension(ctx, record, apiVersionOf(req)));
  delete props.version;
  delete props.autoUpgradeMode;
  Object.assign(props, next);
  const op = startConfigurationOperation(ctx, cluster, record, {
    operation: 'Extensions_Update',
    state: 'Updating',
    onSucceeded: onInstalled(record),
  });
  return {
    status: 202,
    body: renderExtension(ctx, record, apiVersionOf(req)),
    headers: configurationLroHeaders(req, ctx, op),
  };
}

/**
 * The Flux configurations of a cluster depend on its microsoft.flux
 * extension, which runs their controllers; the emulator refuses to delete the
 * extension while any is left rather than strand them.
 */
function refuseWhileFluxConfigured(
  ctx: EmulatorContext,
  cluster: StoredResource,
  record: StoredResource,
) {
  if (
    String(record.body.properties?.extensionType).toLowerCase() !==
    FLUX_EXTENSION_TYPE
  )
    return;
  const configurations = configurationResourcesOf(
    ctx,
    cluster,
    FLUX_CONFIGURATION_TYPE,
  ).map(r => r.id.split('/').pop());
  if (configurations.length)
    throw new ArmError(
      400,
      'FluxConfigurationsExist',
      `The ${FLUX_EXTENSION_TYPE} extension runs the Flux configurations of this cluster (${configurations.join(
        ', ',
      )}). Delete them before the extension.`,
      'extensionName',
    );
}

function deleteExtension(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const force = forceDeleteOf(req);
  const cluster = requireManagedCluster(req, ctx);
  const record = findExtension(req, ctx, cluster);
  if (!record) return { status: 204 };
  refuseWhileFluxConfigured(ctx, cluster, record);
  if (force) {
    if (record.meta.activeOperationId)
      ctx.operations.cancel(record.meta.activeOperationId);
    ctx.store.delete(record.id);
    return { status: 200 };
  }
  guardConfigurationMutation(ctx, record, 'extension');
  const op = startConfigurationOperation(ctx, cluster, record, {
    operation: 'Extensions_Delete',
    state: 'Deleting',
    onSucceeded: () => ctx.store.delete(record.id),
  });
  return { status: 202, headers: configurationLroHeaders(req, ctx, op) };
}

const EXTENSIONS = `${CLUSTER_SCOPE}/providers/${EXTENSION_TYPE}`;
const EXTENSION = `${EXTENSIONS}/{extensionName}`;

const route = routeBuilder(EXTENSIONS_API_VERSIONS, EXTENSION_TYPE);

/** Microsoft.KubernetesConfiguration extensions of AKS managed clusters. */
export const extensionRoutes: Route[] = [
  route('GET', EXTENSIONS, 'Extensions_List', 'read', (req, ctx) => {
    const cluster = requireManagedCluster(req, ctx);
    const page = paginate(
      req,
      extensionsOf(ctx, cluster),
      ctx.settings.pageSize,
    );
    return ok({
      ...page,
      value: page.value.map(r => renderExtension(ctx, r, apiVersionOf(req))),
    });
  }),
  route('GET', EXTENSION, 'Extensions_Get', 'read', (req, ctx) =>
    ok(
      renderExtension(
        ctx,
        requireExtension(req, ctx).record,
        apiVersionOf(req),
      ),
    ),
  ),
  route('PUT', EXTENSION, 'Extensions_Create', 'write', createExtension),
  route('PATCH', EXTENSION, 'Extensions_Update', 'write', updateExtension),
  route('DELETE', EXTENSION, 'Extensions_Delete', 'delete', deleteExtension),
  route(
    'GET',
    `${EXTENSION}/operations/{operationId}`,
    'OperationStatus_Get',
    'operations/read',
    operationStatusHandler((req, cluster) =>
      extensionIdOf(cluster.id, req.params.extensionName),
    ),
  ),
];
