/** How many nodes a pool's input asks for: a count, or autoscaling between two. */
export interface NodeCountInput {
  nodeCount?: number;
  enableAutoScaling: boolean;
  minCount?: number;
  maxCount?: number;
}

/** Reports, field by field, counts that do not go together (for a zod `superRefine`). */
export function checkNodeCount(
  input: NodeCountInput,
  problem: (path: string, message: string) => void,
): void {
  if (input.enableAutoScaling) {
    if (input.minCount === undefined || input.maxCount === undefined) {
      problem('minCount', 'minCount and maxCount are needed to autoscale');
    } else if (input.minCount > input.maxCount) {
      problem('minCount', `must not be above maxCount (${input.maxCount})`);
    } else if (
      input.nodeCount !== undefined &&
      (input.nodeCount < input.minCount || input.nodeCount > input.maxCount)
    ) {
      problem('nodeCount', 'must be between minCount and maxCount');
    }
  } else if (input.minCount !== undefined || input.maxCount !== undefined) {
    problem('minCount', 'minCount and maxCount go with enableAutoScaling');
  }
}

/**
 * A pool's count and autoscaling as AKS takes them; without a nodeCount, the
 * pool starts at minCount when it autoscales and at `defaultCount` otherwise.
 */
export function poolNodeCount(input: NodeCountInput, defaultCount: number) {
  return {
    count:
      input.nodeCount ??
      (input.enableAutoScaling ? input.minCount : undefined) ??
      defaultCount,
    enableAutoScaling: input.enableAutoScaling,
    minCount: input.minCount,
    maxCount: input.maxCount,
  };
}
