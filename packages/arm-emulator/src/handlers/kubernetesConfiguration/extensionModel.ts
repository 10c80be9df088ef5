import type { EmulatorContext } from '../../emulatorContext';
import type { StoredResource } from '../../persistence/resourceStore';
import { renderResource } from '../arm/renderResource';
import { deepClone } from '../../util/random';
import { stableGuid } from '../../util/ids';
import {
  EXTENSION_TYPE,
  EXTENSIONS_LATEST_API_VERSION,
  FLUX_EXTENSION_TYPE,
  modelSince,
} from './kubernetesConfigurationTypes';
import {
  checkUnchanged,
  definedEntries,
  mergePatch,
} from './configurationInput';
import { extensionTypeInfo } from './extensionTypes';

export const extensionIdOf = (clusterId: string, name: string) =>
  `${clusterId}/providers/${EXTENSION_TYPE}/${name}`;

/** The scope an extension installs at: the request's, else the whole cluster in the type's namespace. */
function scopeOf(
  input: Record<string, any> | undefined,
  extensionType: string,
) {
  if (input?.namespace)
    return { namespace: definedEntries(input.namespace, ['targetNamespace']) };
  return {
    cluster: {
      releaseNamespace:
        input?.cluster?.releaseNamespace ??
        extensionTypeInfo(extensionType)!.releaseNamespace,
    },
  };
}

/** The settings a client may change after creation, with the service's defaults. */
export function upgradeSettings(
  input: Record<string, any>,
): Record<string, any> {
  const autoUpgrade = input.autoUpgradeMinorVersion ?? true;
  return {
    autoUpgradeMinorVersion: autoUpgrade,
    releaseTrain: input.releaseTrain ?? 'Stable',
    ...(autoUpgrade || !input.version ? {} : { version: input.version }),
    ...(input.autoUpgradeMode
      ? { autoUpgradeMode: input.autoUpgradeMode }
      : {}),
    configurationSettings: input.configurationSettings ?? {},
  };
}

/** The upgrade settings an Extensions_Update body asks for: a JSON merge patch of the current ones. */
export function patchedUpgradeSettings(
  current: Record<string, any>,
  patch: Record<string, any>,
): Record<string, any> {
  const { configurationProtectedSettings: _secrets, ...changes } = patch;
  const writable = definedEntries(current, [
    'autoUpgradeMinorVersion',
    'releaseTrain',
    'version',
    'autoUpgradeMode',
    'configurationSettings',
  ]);
  // Turning auto-upgrade back on unpins the version, unless the patch pins one.
  if (changes.autoUpgradeMinorVersion === true && !('version' in changes))
    delete writable.version;
  return mergePatch(writable, changes) as Record<string, any>;
}

/**
 * The properties the service keeps of a valid Extension PUT: its writable
 * properties with defaults. Protected settings are write-only and are not
 * kept at all (nothing reads them back); read-only properties a client sends
 * are ignored.
 */
export function storedExtensionBody(
  body: Record<string, any>,
  existing?: Record<string, any>,
): Record<string, any> {
  const input = body.properties;
  const before = existing?.properties ?? {};
  const scope = input.scope
    ? scopeOf(input.scope, input.extensionType)
    : before.scope ?? scopeOf(undefined, input.extensionType);
  if (before.scope) checkUnchanged(before.scope, scope, 'properties.scope');
  const identityType = body.identity?.type ?? existing?.identity?.type;
  return {
    ...(identityType ? { identity: { type: identityType } } : {}),
    ...(body.managedBy ?? existing?.managedBy
      ? { managedBy: body.managedBy ?? existing?.managedBy }
      : {}),
    properties: {
      extensionType: before.extensionType ?? input.extensionType,
      ...upgradeSettings(input),
      scope,
      ...(input.aksAssignedIdentity?.type
        ? { aksAssignedIdentity: { type: input.aksAssignedIdentity.type } }
        : {}),
      provisioningState: before.provisioningState,
      currentVersion: before.currentVersion,
    },
  };
}

/** The version an extension runs once its operation succeeds: the pinned one, else the type's current one. */
export function installedVersion(props: Record<string, any>): string {
  return props.version ?? extensionTypeInfo(props.extensionType)!.version;
}

/** An Extension as a GET at the api-version returns it. */
export function renderExtension(
  ctx: EmulatorContext,
  record: StoredResource,
  apiVersion: string | null,
): Record<string, any> {
  const body = record.body;
  const p = body.properties ?? {};
  const latest = modelSince(apiVersion, EXTENSIONS_LATEST_API_VERSION);
  const { autoUpgradeMode, ...props } = deepClone(p) as Record<string, any>;
  const resource: Record<string, any> = {
    properties: {
      ...props,
      version: props.version ?? null,
      currentVersion: props.currentVersion ?? null,
      statuses: [],
      isSystemExtension: false,
      ...(props.aksAssignedIdentity
        ? {
            aksAssignedIdentity: {
              ...props.aksAssignedIdentity,
              principalId: stableGuid(`${record.id}/aks-assigned`),
              tenantId: ctx.tenantId,
            },
          }
        : {}),
      ...(body.failure ? { errorInfo: { ...body.failure } } : {}),
      ...(latest && autoUpgradeMode ? { autoUpgradeMode } : {}),
    },
  };
  if (body.identity)
    resource.identity = {
      type: body.identity.type,
      principalId: stableGuid(`${record.id}/identity`),
      tenantId: ctx.tenantId,
    };
  if (latest && body.managedBy) resource.managedBy = body.managedBy;
  return renderResource(record, EXTENSION_TYPE, resource);
}

/**
 * The extensions of a cluster. Extension resources live under the cluster's
 * id, so one the store still holds from an earlier cluster of the same name
 * (deleted with it in Azure) is dropped here.
 */
export function extensionsOf(
  ctx: EmulatorContext,
  cluster: StoredResource,
): StoredResource[] {
  return configurationResourcesOf(ctx, cluster, EXTENSION_TYPE);
}

/** Resources of a Kubernetes configuration type under a cluster, stale ones dropped (see extensionsOf). */
export function configurationResourcesOf(
  ctx: EmulatorContext,
  cluster: StoredResource,
  type: string,
): StoredResource[] {
  const prefix = `${cluster.id}/providers/${type}/`.toLowerCase();
  return ctx.store
    .list({
      type,
      subscriptionId: cluster.subscriptionId,
      resourceGroup: cluster.resourceGroup,
    })
    .filter(r => r.id.toLowerCase().startsWith(prefix))
    .filter(r => {
      if (r.meta.createdAt >= cluster.meta.createdAt) return true;
      ctx.store.delete(r.id);
      return false;
    });
}

/** The cluster's microsoft.flux extension once it is installed (provisioned). */
export function installedFluxExtension(
  ctx: EmulatorContext,
  cluster: StoredResource,
): StoredResource | undefined {
  return extensionsOf(ctx, cluster).find(
    e =>
      String(e.body.properties?.extensionType).toLowerCase() ===
        FLUX_EXTENSION_TYPE &&
      e.body.properties?.provisioningState === 'Succeeded',
  );
}
