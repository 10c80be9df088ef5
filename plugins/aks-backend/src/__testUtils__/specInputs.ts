import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { spec } from '../schema/openapi';

/** The parts of openapi.yaml's JSON schemas that inputs are generated from. */
export interface Schema {
  type?: string;
  pattern?: string;
  format?: string;
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: readonly string[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: Schema;
}

/** One operation of openapi.yaml, its references resolved. */
export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put';
  template: string;
  parameters: Parameter[];
  body?: Schema;
}

function resolve(node: any): any {
  let resolved = node;
  while (resolved?.$ref) {
    resolved = (resolved.$ref as string)
      .slice(2)
      .split('/')
      .reduce((n: any, key) => n[key], spec);
  }
  if (resolved?.properties) {
    const properties = Object.fromEntries(
      Object.entries(resolved.properties).map(([k, v]) => [k, resolve(v)]),
    );
    return { ...resolved, properties };
  }
  return resolved;
}

/** Every operation openapi.yaml declares. */
export const operations: Operation[] = Object.entries(
  spec.paths as Record<string, Record<string, any>>,
).flatMap(([template, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    id: op.operationId,
    method: method as Operation['method'],
    template,
    parameters: (op.parameters ?? []).map((p: unknown) => {
      const parameter = resolve(p);
      return { ...parameter, schema: resolve(parameter.schema) };
    }),
    body: op.requestBody
      ? resolve(op.requestBody.content['application/json'].schema)
      : undefined,
  })),
);

const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
const compiled = new WeakMap<Schema, (value: unknown) => boolean>();

/** Whether a value passes a schema (integers given as the string a URL carries). */
export function passes(schema: Schema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (!validate) {
    const compiledSchema = ajv.compile(schema);
    validate = v => compiledSchema(v) === true;
    compiled.set(schema, validate);
  }
  if (schema.type === 'integer' && typeof value === 'string') {
    return String(Number(value)) === value && validate(Number(value));
  }
  return validate(value);
}

/** Strings a hostile caller tries: traversal, control and format characters, injections, odd numbers. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '.',
    '..',
    '../..',
    '..%2F..',
    '%',
    '%00',
    '\u0000',
    'a\u0000b',
    '\n',
    '\r\nX-Injected: 1',
    "'",
    '"',
    '\\',
    '/',
    '<script>alert(1)</script>',
    '${7*7}',
    '{{7*7}}',
    '$(id)',
    "'; DROP TABLE operations;--",
    '\u202e',
    '🙂',
    'ｆｕｌｌ',
    'İ',
    'by-uid',
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '0x10',
    ' 1',
    '1e400',
    '9'.repeat(400),
    'null',
    '__proto__',
    'constructor',
    'a'.repeat(64),
    'a'.repeat(300),
    'x'.repeat(3000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 80 }),
);

/** Any JSON value a hostile body field may hold. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, 2 ** 53 + 1),
  fc.integer(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(
    fc.stringMatching(/^[a-z]{1,5}$/),
    fc.string({ maxLength: 5 }),
    {
      maxKeys: 2,
    },
  ),
);

/** A value that breaks the schema, for sure. */
export function invalidFor(
  schema: Schema,
  isValid: (value: unknown) => boolean = v => passes(schema, v),
): fc.Arbitrary<unknown> {
  const values = schema.type === 'string' ? hostileString : hostileJson;
  return values.filter(v => !isValid(v));
}

/** A value that passes the schema: one of the known ones, or one made to its rules. */
export function validFor(
  schema: Schema,
  known: readonly unknown[] = [],
): fc.Arbitrary<unknown> {
  let made: fc.Arbitrary<unknown>;
  if (schema.enum) made = fc.constantFrom(...schema.enum);
  else if (schema.type === 'boolean') made = fc.boolean();
  else if (schema.type === 'integer')
    made = fc.integer({
      min: schema.minimum ?? 0,
      max: schema.maximum ?? 1000,
    });
  else if (schema.format === 'uuid') made = fc.uuid();
  else if (schema.pattern)
    made = fc
      .stringMatching(new RegExp(schema.pattern))
      .filter(v => passes(schema, v));
  else
    made = fc.string({
      minLength: schema.minLength ?? 0,
      maxLength: schema.maxLength ?? 20,
    });
  return known.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, made)
    : made;
}
