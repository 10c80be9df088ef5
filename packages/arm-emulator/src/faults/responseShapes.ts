/**
 * How a `reshape` fault changes the JSON body of a successful answer, into
 * shapes real ARM sends and the emulator's own models never do. Each list
 * names properties, matched by name at any depth of the body.
 */
export interface ResponseShape {
  /** Properties left out. */
  omit?: string[];
  /** Properties sent as `null`. */
  nullify?: string[];
  /** Array properties sent empty. */
  empty?: string[];
  /**
   * Values sent instead of values of the same type, such as an enum value
   * the spec does not list, or a count of 0.
   */
  values?: Record<string, unknown>;
  /** Adds to every object a property that no API version the emulator serves has, as a newer one would. */
  extraProperties?: boolean;
}

export const EXTRA_PROPERTY = 'propertyOfANewerApiVersion';

function reshapeObject(
  body: Record<string, unknown>,
  shape: ResponseShape,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (shape.omit?.includes(key)) continue;
    if (shape.nullify?.includes(key)) out[key] = null;
    else if (shape.empty?.includes(key) && Array.isArray(value)) out[key] = [];
    else if (shape.values && typeof shape.values[key] === typeof value) {
      out[key] = shape.values[key];
    } else out[key] = reshapeResponse(value, shape);
  }
  if (shape.extraProperties) {
    out[EXTRA_PROPERTY] = { addedIn: '2099-01-01', enabled: true };
  }
  return out;
}

/** The body as `shape` says, its other parts as they were. */
export function reshapeResponse(body: unknown, shape: ResponseShape): unknown {
  if (Array.isArray(body))
    return body.map(item => reshapeResponse(item, shape));
  if (body && typeof body === 'object') {
    return reshapeObject(body as Record<string, unknown>, shape);
  }
  return body;
}
