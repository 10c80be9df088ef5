/** A schema node and the file its `$ref`s are relative to. */
export interface SchemaAt {
  schema: any;
  url: string;
}

/** Follows `$ref`s; supplied by the validator, which knows the spec files. */
export type Deref = (node: SchemaAt) => SchemaAt;

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Properties, `additionalProperties` and `items` of a schema, `allOf` merged in. */
export function flattenSchema(node: SchemaAt | undefined, deref: Deref) {
  const properties: Record<string, SchemaAt> = {};
  let map = false;
  let items: SchemaAt | undefined;
  const visit = (at: SchemaAt) => {
    const { schema, url } = deref(at);
    for (const [name, child] of Object.entries<any>(schema?.properties ?? {}))
      properties[name] = { schema: child, url };
    if (schema?.additionalProperties) map = true;
    if (schema?.items) items = { schema: schema.items, url };
    for (const member of schema?.allOf ?? []) visit({ schema: member, url });
  };
  if (node) visit(node);
  return {
    properties,
    isMap: map && Object.keys(properties).length === 0,
    items,
  };
}

/** Whether the service itself sets a property: read-only, or defaulted by the spec. */
function setByService(property: SchemaAt | undefined, deref: Deref): boolean {
  if (!property) return false;
  const target = deref(property).schema ?? {};
  return [property.schema, target].some(
    s => s?.readOnly === true || s?.default !== undefined,
  );
}

/**
 * Compares a response with an example's response on shape. Every key the
 * example shares with the response has the same JSON type, recursively; a key
 * the response lacks is a problem when the service sets it (read-only or
 * defaulted in the spec) or the request sent it, while the example's other
 * keys describe choices its client made. Values are free, and so are the keys
 * of dictionaries (`additionalProperties`, e.g. tags) and `null` in the
 * example, which marks a placeholder. Arrays compare their first elements.
 */
export function shapeProblems(
  example: unknown,
  actual: unknown,
  schema: SchemaAt | undefined,
  deref: Deref,
  sent?: unknown,
  path = '',
): string[] {
  if (example === null || example === undefined || actual === undefined)
    return [];
  const where = path || '(body)';
  if (jsonType(example) !== jsonType(actual))
    return [
      `${where} is ${jsonType(actual)}, the example has ${jsonType(example)}`,
    ];
  const shape = flattenSchema(schema, deref);
  if (Array.isArray(example)) {
    const list = actual as unknown[];
    if (!example.length || !list.length) return [];
    const sentList = Array.isArray(sent) ? sent : [];
    return shapeProblems(
      example[0],
      list[0],
      shape.items,
      deref,
      sentList[0],
      `${path}[0]`,
    );
  }
  if (jsonType(example) !== 'object' || shape.isMap) return [];
  const response = actual as Record<string, unknown>;
  const request = (sent ?? {}) as Record<string, unknown>;
  return Object.entries(example as Record<string, unknown>).flatMap(
    ([key, value]) => {
      const at = path ? `${path}.${key}` : key;
      if (value !== null && response[key] === undefined)
        return setByService(shape.properties[key], deref) ||
          request[key] !== undefined
          ? [`${at} is missing`]
          : [];
      return shapeProblems(
        value,
        response[key],
        shape.properties[key],
        deref,
        request[key],
        at,
      );
    },
  );
}
