import { ArmReads } from '../clusters';
import { azureFailure } from './azureFailure';
import { ComputeUsage } from './quota';

/** The region's Compute usage and quotas (`Usage_List`), or why they could not be read. */
export async function readComputeUsages(
  arm: ArmReads,
  subscriptionId: string,
  location: string,
): Promise<{ value: ComputeUsage[] } | { error: string }> {
  const { clients } = arm;
  try {
    const usages: ComputeUsage[] = [];
    for await (const usage of clients
      .compute(subscriptionId)
      .usage.list(location, clients.requestOptions())) {
      const name = usage?.name?.value;
      if (
        typeof name === 'string' &&
        Number.isFinite(usage.currentValue) &&
        Number.isFinite(usage.limit)
      ) {
        usages.push({
          name,
          currentValue: usage.currentValue,
          limit: usage.limit,
        });
      }
    }
    return { value: usages };
  } catch (error) {
    return {
      error: azureFailure(
        arm,
        error,
        subscriptionId,
        `the Compute usage of ${location}`,
      ),
    };
  }
}
