import { ArmReads } from '../clusters';

/** Why an Azure call failed, in the plugin's words with ARM's code and message, never a secret. */
export function azureFailure(
  arm: ArmReads,
  error: unknown,
  subscriptionId: string,
  what: string,
): string {
  const described = arm.described(error, subscriptionId, what);
  const cause = (described as { cause?: unknown }).cause;
  return cause instanceof Error && cause.name === 'AzureError'
    ? `${described.message} (${cause.message})`
    : described.message;
}
