import type { Shape } from '../arm/bodyShape';
import {
  checkNamespace,
  checkObjectName,
  checkOneOf,
  checkUnchanged,
  invalidValue,
  requiredValue,
} from './configurationInput';
import { extensionTypeInfo, knownExtensionTypes } from './extensionTypes';

const SCOPE_SHAPE: Shape = {
  fields: {
    cluster: { fields: { releaseNamespace: 'string' } },
    namespace: { fields: { targetNamespace: 'string' } },
  },
};

const SETTINGS: Shape = { map: 'string' };

/** The JSON types of an Extension (PUT) body's properties. */
export const EXTENSION_SHAPE: Shape = {
  fields: {
    identity: { fields: { type: 'string' } },
    managedBy: 'string',
    properties: {
      fields: {
        extensionType: 'string',
        autoUpgradeMinorVersion: 'boolean',
        releaseTrain: 'string',
        version: 'string',
        autoUpgradeMode: 'string',
        scope: SCOPE_SHAPE,
        configurationSettings: SETTINGS,
        // checked by checkProtectedSettingsShape, which never quotes them
        configurationProtectedSettings: 'any',
        aksAssignedIdentity: { fields: { type: 'string' } },
      },
    },
  },
};

/** The JSON types of a patchExtension (PATCH) body's properties. */
export const EXTENSION_PATCH_SHAPE: Shape = {
  fields: {
    properties: {
      fields: {
        autoUpgradeMinorVersion: 'boolean',
        releaseTrain: 'string',
        version: 'string',
        autoUpgradeMode: 'string',
        configurationSettings: SETTINGS,
        configurationProtectedSettings: 'any',
      },
    },
  },
};

const RELEASE_TRAINS = ['stable', 'preview'];
const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
export const AUTO_UPGRADE_MODES = ['none', 'patch', 'compatible'];

export function checkExtensionName(name: string) {
  checkObjectName(name, 'extensionName', 'extension name');
}

/** What may change after creation: how the extension upgrades and its settings. */
export function checkUpgradeSettings(props: Record<string, any>) {
  if (
    props.releaseTrain !== undefined &&
    props.releaseTrain !== null &&
    !RELEASE_TRAINS.includes(String(props.releaseTrain).toLowerCase())
  )
    throw invalidValue(
      `The release train '${props.releaseTrain}' is invalid. Allowed values: Stable, Preview.`,
      'properties.releaseTrain',
    );
  if (props.version !== undefined && props.version !== null) {
    if (props.autoUpgradeMinorVersion !== false)
      throw invalidValue(
        "A 'version' can be pinned only with 'autoUpgradeMinorVersion' set to false.",
        'properties.version',
      );
    if (!VERSION.test(props.version))
      throw invalidValue(
        `The version '${props.version}' is not a version number such as 1.2.3.`,
        'properties.version',
      );
  }
  checkOneOf(
    props.autoUpgradeMode ?? undefined,
    AUTO_UPGRADE_MODES,
    'properties.autoUpgradeMode',
  );
}

/** Checks an Extension a PUT sends, against the one it replaces when there is one. */
export function validateExtension(
  body: Record<string, any>,
  existing?: Record<string, any>,
) {
  const props = body.properties ?? {};
  if (!props.extensionType) throw requiredValue('properties.extensionType');
  if (!extensionTypeInfo(props.extensionType))
    throw invalidValue(
      `The extensionType '${
        props.extensionType
      }' is not registered for managed clusters. Registered types: ${knownExtensionTypes().join(
        ', ',
      )}.`,
      'properties.extensionType',
    );
  checkUpgradeSettings(props);
  const scope = props.scope ?? {};
  if (scope.cluster && scope.namespace)
    throw invalidValue(
      "An extension's scope is either 'cluster' or 'namespace', not both.",
      'properties.scope',
    );
  if (scope.cluster?.releaseNamespace)
    checkNamespace(
      scope.cluster.releaseNamespace,
      'properties.scope.cluster.releaseNamespace',
    );
  if (scope.namespace?.targetNamespace)
    checkNamespace(
      scope.namespace.targetNamespace,
      'properties.scope.namespace.targetNamespace',
    );
  checkOneOf(body.identity?.type, ['SystemAssigned'], 'identity.type');
  checkOneOf(
    props.aksAssignedIdentity?.type,
    ['SystemAssigned', 'UserAssigned'],
    'properties.aksAssignedIdentity.type',
  );
  if (existing) {
    checkUnchanged(
      String(
        existing.properties?.extensionType ?? props.extensionType,
      ).toLowerCase(),
      String(props.extensionType).toLowerCase(),
      'properties.extensionType',
    );
  }
}
