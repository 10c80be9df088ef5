type Json = Record<string, any>;

/** Finds the schema a `$ref` points to, relative to the file it appears in. */
export type RefResolver = (ref: string, fileUrl: string) => Json | undefined;

/** Properties a server never returns: secrets, and write-only ones (`x-ms-mutability` without `read`). */
function isWriteOnly(schema: Json): boolean {
  const mutability = schema['x-ms-mutability'];
  return (
    schema['x-ms-secret'] === true ||
    (Array.isArray(mutability) && !mutability.includes('read'))
  );
}

/** A schema that lists its properties (itself or through `allOf`), as opposed to a free-form object. */
function listsProperties(
  schema: Json,
  fileUrl: string,
  resolve: RefResolver,
  seen = new Set<Json>(),
): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  if (schema.properties || schema.allOf) return true;
  if (!schema.$ref) return false;
  const target = resolve(schema.$ref, fileUrl);
  const targetFile = new URL(schema.$ref, fileUrl).href.split('#')[0];
  return !!target && listsProperties(target, targetFile, resolve, seen);
}

type Position = 'use' | 'allOfMember' | 'definition';

/**
 * One schema rewritten for validating what a server sends:
 *
 * - an object schema that lists properties is closed where it is used
 *   (`unevaluatedProperties: false`, which sees through `allOf` and `$ref`),
 *   unless the spec declares `additionalProperties`; `allOf` members and the
 *   definitions themselves stay open so that composition still works;
 * - secret and write-only properties must be absent (and so are not required);
 * - `x-nullable` allows `null`.
 *
 * `required`, types and enums are left as the spec has them.
 */
export function strictSchema(
  node: unknown,
  position: Position,
  fileUrl: string,
  resolve: RefResolver,
): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const visit = (child: unknown, at: Position) =>
    strictSchema(child, at, fileUrl, resolve);
  const schema: Json = { ...(node as Json) };
  if (schema['x-nullable'] === true && typeof schema.type === 'string')
    schema.type = [schema.type, 'null'];
  if (schema.properties) {
    // A secret the spec requires is required of the request only.
    if (Array.isArray(schema.required))
      schema.required = schema.required.filter(
        (name: string) =>
          !schema.properties[name] || !isWriteOnly(schema.properties[name]),
      );
    schema.properties = Object.fromEntries(
      Object.entries<Json>(schema.properties).map(([name, property]) => [
        name,
        isWriteOnly(property)
          ? { not: {}, description: 'not returned by the service' }
          : visit(property, 'use'),
      ]),
    );
  }
  if (schema.items) schema.items = visit(schema.items, 'use');
  if (typeof schema.additionalProperties === 'object')
    schema.additionalProperties = visit(schema.additionalProperties, 'use');
  if (schema.allOf)
    schema.allOf = schema.allOf.map((member: Json) =>
      visit(member, 'allOfMember'),
    );
  if (
    position === 'use' &&
    schema.additionalProperties === undefined &&
    listsProperties(schema, fileUrl, resolve)
  )
    schema.unevaluatedProperties = false;
  return schema;
}

/** All definitions of one spec file, rewritten by {@link strictSchema}. */
export function strictDefinitions(
  definitions: Json | undefined,
  fileUrl: string,
  resolve: RefResolver,
): Json {
  return Object.fromEntries(
    Object.entries(definitions ?? {}).map(([name, definition]) => [
      name,
      strictSchema(definition, 'definition', fileUrl, resolve),
    ]),
  );
}
