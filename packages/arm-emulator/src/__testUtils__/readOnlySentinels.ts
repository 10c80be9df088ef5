import { flattenSchema, type Deref, type SchemaAt } from './shapeDiff';

/** What the client claims for every read-only string it sends; a response must never repeat it. */
export const READ_ONLY_SENTINEL = 'read-only-value-sent-by-the-client';

const isReadOnly = (property: SchemaAt, deref: Deref) =>
  property.schema?.readOnly === true ||
  deref(property).schema?.readOnly === true;

const typeOf = (property: SchemaAt, deref: Deref) => {
  const target = deref(property).schema ?? {};
  if (target.type) return target.type;
  return target.properties || target.allOf ? 'object' : undefined;
};

/** An object of the schema with every string property set to the sentinel. */
function sentinelObject(node: SchemaAt, deref: Deref): Record<string, unknown> {
  const { properties } = flattenSchema(node, deref);
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, p]) => typeOf(p, deref) === 'string')
      .map(([name]) => [name, READ_ONLY_SENTINEL]),
  );
}

/**
 * A request body with the sentinel in every read-only property its schema
 * has where the body has an object: read-only strings set, read-only objects
 * added with their strings set. ARM ignores read-only properties in a request,
 * so the service must accept it and never answer with the sentinel.
 */
export function withReadOnlySentinels(
  body: unknown,
  schema: SchemaAt | undefined,
  deref: Deref,
): unknown {
  if (!schema || !body || typeof body !== 'object') return body;
  const shape = flattenSchema(schema, deref);
  if (Array.isArray(body))
    return body.map(item => withReadOnlySentinels(item, shape.items, deref));
  if (shape.isMap) return body;
  const result: Record<string, unknown> = { ...(body as object) };
  for (const [name, property] of Object.entries(shape.properties)) {
    const type = typeOf(property, deref);
    if (isReadOnly(property, deref) && type === 'string')
      result[name] = READ_ONLY_SENTINEL;
    else if (isReadOnly(property, deref) && type === 'object')
      result[name] = sentinelObject(property, deref);
    else if (result[name] !== undefined)
      result[name] = withReadOnlySentinels(result[name], property, deref);
  }
  return result;
}
