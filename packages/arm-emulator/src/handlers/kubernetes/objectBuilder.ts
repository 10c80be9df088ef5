import { createHash } from 'node:crypto';
import { stableGuid } from '../../util/ids';

/** Objects by `<group>/<plural>` ('' group for core). */
export type ObjectsByType = Map<string, Record<string, any>[]>;

/** What the objects of one cluster are made with, and where they go. */
export interface ObjectBuilder {
  clusterKey: string;
  since: string;
  serviceCidrPrefix: string;
  push(type: string, object: Record<string, any>): void;
}

// The alphabet Kubernetes uses for generated name suffixes.
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A generated name suffix, the same for the same seed. */
export function nameSuffix(seed: string, length: number): string {
  const bytes = createHash('sha256').update(seed).digest();
  return Array.from(bytes.subarray(0, length), b => SAFE[b % SAFE.length]).join(
    '',
  );
}

/** The last two octets of an address, the same for the same seed. */
export function addressOctets(seed: string): [number, number] {
  const bytes = createHash('sha256').update(seed).digest();
  return [bytes[0], 4 + (bytes[1] % 250)];
}

export function objectMeta(
  builder: ObjectBuilder,
  kind: string,
  namespace: string,
  name: string,
  labels: Record<string, string>,
) {
  return {
    name,
    namespace,
    uid: stableGuid(`${builder.clusterKey}/${kind}/${namespace}/${name}`),
    resourceVersion: '1',
    creationTimestamp: builder.since,
    labels,
  };
}

/** The `ownerReferences` of an object that an apps/v1 controller made. */
export function ownedBy(kind: string, owner: { name: string; uid: string }) {
  return [
    {
      apiVersion: 'apps/v1',
      kind,
      name: owner.name,
      uid: owner.uid,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
}
