import { ArmError } from '../../errors/armError';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { type Route, routeBuilder } from '../arm/route';
import { paginate } from '../arm/pagination';
import { parseBody } from '../arm/bodyShape';
import { CLUSTER_SCOPE, requireManagedCluster } from './clusterScope';
import {
  FLUX_API_VERSIONS,
  FLUX_CONFIGURATION_TYPE,
  FLUX_LATEST_API_VERSION,
  modelSince,
} from './kubernetesConfigurationTypes';
import {
  configurationLroHeaders,
  guardConfigurationMutation,
  operationStatusHandler,
  startConfigurationOperation,
} from './configurationOperations';
import { configurationResourcesOf } from './extensionModel';
import { requireFluxExtension } from './fluxExtensionRequirement';
import {
  fluxConfigurationIdOf,
  renderFluxConfiguration,
  storedFluxProperties,
  writableFluxProperties,
} from './fluxModel';
import {
  checkFluxConfigurationName,
  checkProtectedSettings,
  FLUX_CONFIGURATION_SHAPE,
  validateFluxProperties,
} from './validateFluxConfiguration';
import { mergePatch } from './configurationInput';
import { forceDeleteOf } from './forceDelete';

const apiVersionOf = (req: ArmRequest) => req.query.get('api-version');
const latestModel = (req: ArmRequest) =>
  modelSince(apiVersionOf(req), FLUX_LATEST_API_VERSION);
const render = (req: ArmRequest, ctx: EmulatorContext, r: StoredResource) =>
  renderFluxConfiguration(ctx, r, apiVersionOf(req));

const configurationsOf = (ctx: EmulatorContext, cluster: StoredResource) =>
  configurationResourcesOf(ctx, cluster, FLUX_CONFIGURATION_TYPE);

function findConfiguration(
  req: ArmRequest,
  ctx: EmulatorContext,
  cluster: StoredResource,
): StoredResource | undefined {
  const id = fluxConfigurationIdOf(
    cluster.id,
    req.params.fluxConfigurationName,
  ).toLowerCase();
  return configurationsOf(ctx, cluster).find(r => r.id.toLowerCase() === id);
}

function requireConfiguration(req: ArmRequest, ctx: EmulatorContext) {
  const cluster = requireManagedCluster(req, ctx);
  const record = findConfiguration(req, ctx, cluster);
  if (!record)
    throw new ArmError(
      404,
      'ResourceNotFound',
      `Flux configuration with name '${req.params.fluxConfigurationName}' not found.`,
    );
  return { cluster, record };
}

const protectedKeysOf = (settings?: Record<string, unknown> | null) =>
  Object.entries(settings ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k]) => k);

function store(
  ctx: EmulatorContext,
  id: string,
  props: Record<string, any>,
  protectedKeys: string[],
  provisioningState?: string,
): StoredResource {
  // A new or changed configuration is reconciled anew from now on.
  return ctx.store.put(id, {
    properties: { ...props, provisioningState },
    protectedKeys,
    sync: { from: ctx.clock.now() },
  });
}

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, FLUX_CONFIGURATION_SHAPE);
  const cluster = requireManagedCluster(req, ctx);
  checkFluxConfigurationName(req.params.fluxConfigurationName);
  requireFluxExtension(ctx, cluster);
  const existing = findConfiguration(req, ctx, cluster);
  guardConfigurationMutation(ctx, existing, 'Flux configuration');
  const input = body.properties ?? {};
  if (!latestModel(req)) delete input.gitRepository?.provider;
  checkProtectedSettings(input.configurationProtectedSettings);
  // A PUT without protected settings keeps the ones set before: a client that
  // read the configuration back cannot send them, since they are never returned.
  const protectedKeys = input.configurationProtectedSettings
    ? protectedKeysOf(input.configurationProtectedSettings)
    : existing?.body.protectedKeys ?? [];
  const before = existing?.body.properties;
  validateFluxProperties(input, protectedKeys, latestModel(req), before);
  const props = storedFluxProperties({
    ...input,
    scope: input.scope ?? before?.scope,
    namespace: input.namespace ?? before?.namespace,
  });
  const record = store(
    ctx,
    existing?.id ??
      fluxConfigurationIdOf(cluster.id, req.params.fluxConfigurationName),
    props,
    protectedKeys,
    before?.provisioningState,
  );
  const op = startConfigurationOperation(ctx, cluster, record, {
    operation: 'FluxConfigurations_CreateOrUpdate',
    state: existing ? 'Updating' : 'Creating',
    onSucceeded: () => {},
  });
  return {
    status: existing ? 200 : 201,
    body: render(req, ctx, record),
    headers: configurationLroHeaders(req, ctx, op),
  };
}

function update(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = parseBody(req, FLUX_CONFIGURATION_SHAPE);
  const { cluster, record } = requireConfiguration(req, ctx);
  guardConfigurationMutation(ctx, record, 'Flux configuration');
  // Scope and namespace are not in the patch model: a patch cannot change them.
  const {
    configurationProtectedSettings: secrets,
    scope: _scope,
    namespace: _namespace,
    ...changes
  } = body.properties ?? {};
  checkProtectedSettings(secrets);
  // An older api-version's model has no Git provider: it keeps the stored one.
  if (!latestModel(req)) delete changes.gitRepository?.provider;
  const current = writableFluxProperties(record);
  const merged = mergePatch(current, changes) as Record<string, any>;
  const protectedKeys = secrets
    ? protectedKeysOf(
        mergePatch(
          Object.fromEntries(
            (record.body.protectedKeys ?? []).map((k: string) => [k, '']),
          ),
          secrets,
        ) as Record<string, unknown>,
      )
    : record.body.protectedKeys ?? [];
  validateFluxProperties(merged, protectedKeys, latestModel(req), current);
  const next = storedFluxProperties(merged);
  const state = record.body.properties?.provisioningState;
  if (
    JSON.stringify(next) === JSON.stringify(current) &&
    !secrets &&
    state === 'Succeeded'
  )
    return ok(render(req, ctx, record));
  const updated = store(ctx, record.id, next, protectedKeys, state);
  const op = startConfigurationOperation(ctx, cluster, updated, {
    operation: 'FluxConfigurations_Update',
    state: 'Updating',
    onSucceeded: () => {},
  });
  return {
    status: 202,
    body: render(req, ctx, updated),
    headers: configurationLroHeaders(req, ctx, op),
  };
}

function remove(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const force = forceDeleteOf(req);
  const cluster = requireManagedCluster(req, ctx);
  const record = findConfiguration(req, ctx, cluster);
  if (!record) return { status: 204 };
  if (force) {
    if (record.meta.activeOperationId)
      ctx.operations.cancel(record.meta.activeOperationId);
    ctx.store.delete(record.id);
    return { status: 200 };
  }
  guardConfigurationMutation(ctx, record, 'Flux configuration');
  const op = startConfigurationOperation(ctx, cluster, record, {
    operation: 'FluxConfigurations_Delete',
    state: 'Deleting',
    onSucceeded: () => ctx.store.delete(record.id),
  });
  return { status: 202, headers: configurationLroHeaders(req, ctx, op) };
}

const CONFIGURATIONS = `${CLUSTER_SCOPE}/providers/${FLUX_CONFIGURATION_TYPE}`;
const CONFIGURATION = `${CONFIGURATIONS}/{fluxConfigurationName}`;

const route = routeBuilder(FLUX_API_VERSIONS, FLUX_CONFIGURATION_TYPE);

/** Microsoft.KubernetesConfiguration Flux configurations (GitOps) of AKS managed clusters. */
export const fluxConfigurationRoutes: Route[] = [
  route(
    'GET',
    CONFIGURATIONS,
    'FluxConfigurations_List',
    'read',
    (req, ctx) => {
      const cluster = requireManagedCluster(req, ctx);
      const page = paginate(
        req,
        configurationsOf(ctx, cluster),
        ctx.settings.pageSize,
      );
      return ok({ ...page, value: page.value.map(r => render(req, ctx, r)) });
    },
  ),
  route('GET', CONFIGURATION, 'FluxConfigurations_Get', 'read', (req, ctx) =>
    ok(render(req, ctx, requireConfiguration(req, ctx).record)),
  ),
  route(
    'PUT',
    CONFIGURATION,
    'FluxConfigurations_CreateOrUpdate',
    'write',
    createOrUpdate,
  ),
  route('PATCH', CONFIGURATION, 'FluxConfigurations_Update', 'write', update),
  route('DELETE', CONFIGURATION, 'FluxConfigurations_Delete', 'delete', remove),
  route(
    'GET',
    `${CONFIGURATION}/operations/{operationId}`,
    'FluxConfigOperationStatus_Get',
    'operations/read',
    operationStatusHandler((req, cluster) =>
      fluxConfigurationIdOf(cluster.id, req.params.fluxConfigurationName),
    ),
  ),
];
