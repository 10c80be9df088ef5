import {
  AksSubscriptionConfig,
  toBackstageError,
} from '@aks-backstage/plugin-aks-node';

/** The HTTP status of an Azure SDK error. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof Error && error.name === 'RestError'
    ? (error as { statusCode?: number }).statusCode
    : undefined;
}

/** One Azure call; a failure becomes the `@backstage/errors` type of its status. */
export async function azure<T>(
  subscription: AksSubscriptionConfig,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toBackstageError(error, subscription);
  }
}

/** Reads a resource; undefined when Azure answers 404. */
export async function readIfExists<T>(
  subscription: AksSubscriptionConfig,
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw toBackstageError(error, subscription);
  }
}

/** The resource's page in the Azure portal. */
export function portalUrl(resourceId: string): string {
  return `https://portal.azure.com/#resource${resourceId}/overview`;
}

/** Outputs every known value (checkpointed results keep null for unknown ones). */
export function outputAll(
  ctx: { output(name: any, value: any): void },
  outputs: Record<string, string | null | undefined>,
): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value) ctx.output(name, value);
  }
}
