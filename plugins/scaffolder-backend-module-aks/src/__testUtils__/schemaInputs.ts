import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

/** The parts of an action's JSON schema (as the scaffolder publishes it) that inputs come from. */
export interface Schema {
  type?: string;
  pattern?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: readonly string[];
}

const ajv = new Ajv({ strict: false });
addFormats(ajv);
const compiled = new WeakMap<Schema, (value: unknown) => boolean>();

/** Whether a value passes a field's published schema. */
export function passes(schema: Schema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (!validate) {
    const check = ajv.compile(schema);
    validate = v => check(v) === true;
    compiled.set(schema, validate);
  }
  return validate(value);
}

/** What a hostile template author types into a name or an id that ends up in an ARM URL. */
const hostileStrings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../rg-prod',
    'a/b',
    '%2e%2e',
    '?api-version=1',
    '#x',
    '\u0000',
    'x\r\nX-Injected: 1',
    "'; --",
    '<script>',
    '${{ secrets.x }}',
    '🙂',
    'İ',
    '__proto__',
    'x'.repeat(300),
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Any JSON value: the wrong type for most fields. */
const hostileJson = fc.oneof(
  hostileStrings,
  fc.constantFrom(null, true, 0, -1, 0.5, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.dictionary(fc.stringMatching(/^[a-z]{1,4}$/), fc.integer(), {
    maxKeys: 2,
  }),
);

/** A value that breaks the field's published schema. */
export function invalidFor(schema: Schema): fc.Arbitrary<unknown> {
  const values =
    schema.type === 'string'
      ? fc.oneof(hostileStrings, hostileJson)
      : hostileJson;
  return values.filter(v => !passes(schema, v));
}

/** Strings made to a pattern; none for patterns fast-check cannot generate from (lookahead). */
function matching(schema: Schema): fc.Arbitrary<unknown> {
  try {
    return fc
      .stringMatching(new RegExp(schema.pattern!))
      .filter(v => passes(schema, v));
  } catch {
    return fc.constant(undefined);
  }
}

/** A value the published schema lets through: a known one, or a hostile one it does not catch. */
export function validLooking(
  schema: Schema,
  known: readonly unknown[] = [],
): fc.Arbitrary<unknown> {
  let made: fc.Arbitrary<unknown>;
  if (schema.enum) made = fc.constantFrom(...schema.enum);
  else if (schema.type === 'boolean') made = fc.boolean();
  else if (schema.type === 'integer')
    made = fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
  else if (schema.type === 'number')
    made = fc.double({
      min: schema.minimum ?? schema.exclusiveMinimum ?? 0.1,
      max: schema.maximum ?? 100,
      noNaN: true,
    });
  else if (schema.pattern) made = matching(schema);
  else if (schema.type === 'string') made = hostileStrings;
  else made = fc.constant(undefined);
  return known.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, made)
    : made.filter(v => v === undefined || passes(schema, v));
}
