import { ArmError, resourceNotFound } from '../../errors/armError';
import type { EmulatorContext } from '../../emulatorContext';
import { parseResourceId } from '../../util/ids';
import { requireResourceGroup } from '../arm/resourceLookup';

const EMULATED_NAMESPACES = [
  'microsoft.containerservice',
  'microsoft.containerregistry',
  'microsoft.containerinstance',
  'microsoft.managedidentity',
];

/** ARM's error for a scope the emulator cannot assign roles at, or whose group or emulated resource is missing. */
export function requireScope(ctx: EmulatorContext, scope: string) {
  const parsed = parseResourceId(scope);
  if (!parsed.subscriptionId)
    throw new ArmError(
      400,
      'InvalidScope',
      `The scope '${scope}' is not supported by the emulator; use a subscription, resource group or resource scope.`,
    );
  if (parsed.resourceGroup)
    requireResourceGroup(ctx, parsed.subscriptionId, parsed.resourceGroup);
  if (
    parsed.namespace &&
    EMULATED_NAMESPACES.includes(parsed.namespace.toLowerCase()) &&
    !ctx.store.get(scope)
  ) {
    throw resourceNotFound(
      `${parsed.namespace}/${parsed.types.join('/')}`,
      parsed.names.join('/'),
      parsed.resourceGroup!,
    );
  }
}

/** True when `inner` is `outer` or a scope below it. */
export function within(outer: string, inner: string): boolean {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  return i === o || i.startsWith(`${o}/`);
}
