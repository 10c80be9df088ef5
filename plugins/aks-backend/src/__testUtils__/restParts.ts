import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import { Operation, Parameter, passes } from './specInputs';

/** Values the demo knows, by field: clusters, pools, entities, versions. */
export type Samples = Record<string, readonly unknown[]>;

/** A request to the REST API, and for a refused one what its message must name. */
export interface RestRequest {
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The refusal's message matches one of these; empty: any message. */
  mentions: RegExp[];
}

/** A request being built: its values before encoding, and what a refusal must name. */
export interface Parts {
  params: Record<string, { value: string; raw?: boolean }>;
  query: Array<{ key: string; value: unknown }>;
  json?: unknown;
  text?: string;
  headers: Record<string, string>;
  mentions: RegExp[];
}

/** A change that makes a request invalid. */
export type Corruption = (parts: Parts) => Parts;

const validators = makeValidator();
export const entityParts: Record<string, (v: unknown) => boolean> = {
  kind: validators.isValidKind,
  namespace: validators.isValidNamespace,
  name: validators.isValidEntityName,
};

/** An entity ref as the catalog would accept it. */
export function isValidEntityRef(value: unknown): boolean {
  try {
    const ref = parseEntityRef(String(value));
    return Object.entries(entityParts).every(([part, ok]) =>
      ok(ref[part as keyof typeof ref]),
    );
  } catch {
    return false;
  }
}

/** What a query value turns into in the URL: scalars as text, arrays and objects as qs brackets. */
export function asQueryValue(value: unknown): unknown {
  return value && typeof value === 'object' ? value : String(value);
}

/** The routes of an entity (`/entities/{kind}/{namespace}/{name}/…`), whose path names the entity. */
export const isEntityRoute = (op: Operation) =>
  op.template.startsWith('/entities/{kind}/{namespace}/{name}/');

/** Whether a parameter's value passes openapi.yaml and, for entity refs, the catalog's rules. */
export function isValidParameter(op: Operation, p: Parameter, value: unknown) {
  if (isEntityRoute(op)) return entityParts[p.name](value);
  if (p.name === 'entityRef')
    return passes(p.schema, value) && isValidEntityRef(value);
  return typeof value === 'string' && passes(p.schema, value);
}

/** Which samples a parameter's valid values come from. */
export function sampleKey(op: Operation, p: Parameter): string {
  if (isEntityRoute(op)) return `entity.${p.name}`;
  return p.name === 'name' ? 'clusterName' : p.name;
}
