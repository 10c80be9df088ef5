/**
 * `compute(a, b)` once per pair of objects, both held weakly. Cached reads
 * hand out the same objects while their data is unchanged, so what is
 * computed from them is computed once per change, not once per request.
 */
export function oncePerPair<A extends object, B extends object, R>(
  compute: (a: A, b: B) => R,
): (a: A, b: B) => R {
  const computed = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let byB = computed.get(a);
    if (!byB) {
      byB = new WeakMap();
      computed.set(a, byB);
    }
    if (!byB.has(b)) byB.set(b, compute(a, b));
    return byB.get(b)!;
  };
}
