import { ArmError } from '../../errors/armError';
import { jsonBody, type ArmRequest } from '../armRequest';

/** A tiny description of the JSON types of the fields the emulator reads. */
export type Shape =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'object'
  | 'any'
  | { enum: string[] }
  | { array: Shape }
  | { map: Shape }
  | { fields: Record<string, Shape> };

const typeNames: Record<string, string> = {
  string: 'System.String',
  integer: 'System.Int32',
  number: 'System.Double',
  boolean: 'System.Boolean',
};

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function fail(path: string, value: unknown, expected: string): never {
  throw new ArmError(
    400,
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: 'Error converting value ${describe(
      value,
    )} to type '${expected}'. Path '${path}'.'`,
    path,
  );
}

/** Checks the types of known fields (unknown fields pass, as ARM RPs ignore them). */
export function checkShape(value: unknown, shape: Shape, path: string): void {
  if (value === undefined || value === null || shape === 'any') return;
  if (typeof shape === 'string') {
    let ok = typeof value === shape;
    if (shape === 'object')
      ok = typeof value === 'object' && !Array.isArray(value);
    if (shape === 'integer') ok = Number.isInteger(value);
    if (!ok) fail(path, value, typeNames[shape] ?? 'System.Object');
    return;
  }
  if ('enum' in shape) {
    if (typeof value !== 'string') fail(path, value, 'System.String');
    return;
  }
  if ('array' in shape) {
    if (!Array.isArray(value))
      fail(path, value, 'System.Collections.Generic.List');
    (value as unknown[]).forEach((item, i) =>
      checkShape(item, shape.array, `${path}[${i}]`),
    );
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value))
    fail(path, value, 'System.Object');
  const record = value as Record<string, unknown>;
  if ('map' in shape) {
    for (const [key, item] of Object.entries(record))
      checkShape(item, shape.map, `${path}.${key}`);
    return;
  }
  for (const [key, fieldShape] of Object.entries(shape.fields)) {
    checkShape(record[key], fieldShape, path ? `${path}.${key}` : key);
  }
}

/** The request's JSON body, with the types of the fields the emulator reads checked. */
export function parseBody(req: ArmRequest, shape: Shape): Record<string, any> {
  const body = jsonBody(req);
  checkShape(body, shape, '');
  return body;
}
