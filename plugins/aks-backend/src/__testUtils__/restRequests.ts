import fc from 'fast-check';
import { days, maintenanceWindow } from './maintenanceWindows';
import { corruptions } from './restCorruptions';
import {
  entityParts,
  isEntityRoute,
  Parts,
  RestRequest,
  Samples,
  sampleKey,
} from './restParts';
import { Operation, Parameter, validFor } from './specInputs';

export type { RestRequest, Samples } from './restParts';

/** As a browser's URLSearchParams does, which leaves none of RFC 3986's reserved characters. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value).replace(
      /[!'()*]/g,
      c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    return [...Buffer.from(value)].map(b => `%${b.toString(16)}`).join('');
  }
}

function queryString(query: Parts['query']): string {
  return query
    .flatMap(({ key, value }) => {
      if (value && typeof value === 'object') {
        const entries = Array.isArray(value)
          ? value.map(v => ['', v])
          : Object.entries(value);
        return entries.length === 0
          ? [`${key}[]=`]
          : entries.map(
              ([k, v]) => `${key}[${encode(k)}]=${encode(String(v))}`,
            );
      }
      return [`${key}=${encode(String(value))}`];
    })
    .join('&');
}

function validValue(
  op: Operation,
  p: Parameter,
  samples: Samples,
): fc.Arbitrary<string> {
  const known = (samples[sampleKey(op, p)] ?? []) as string[];
  if (p.name === 'entityRef') return fc.constantFrom(...known);
  if (isEntityRoute(op)) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...known), weight: 3 },
      fc
        .stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/)
        .filter(entityParts[p.name]),
    );
  }
  const schema = p.in === 'query' ? { minLength: 1, ...p.schema } : p.schema;
  return validFor(schema, known).map(String);
}

/** A scale request's body: a count, or bounds in order. */
const validScale = fc.oneof(
  fc.record({ count: fc.integer({ min: 0, max: 1000 }) }),
  fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
    .map(([a, b]) => ({ minCount: Math.min(a, b), maxCount: Math.max(a, b) })),
);

/** A maintenance window to preview or set, starting in the future. */
const validMaintenanceWindow = fc.record({
  maintenanceWindow: maintenanceWindow(days('2031-01-01', 4)),
});

function validBody(op: Operation, samples: Samples): fc.Arbitrary<unknown> {
  if (op.id === 'ScaleNodePool') return validScale;
  if (
    op.id === 'PreviewMaintenanceWindow' ||
    op.id === 'SetMaintenanceWindow'
  ) {
    return validMaintenanceWindow;
  }
  if (!op.body) return fc.constant(undefined);
  const properties = Object.entries(op.body.properties ?? {});
  return fc.record(
    Object.fromEntries(
      properties.map(([k, s]) => [k, validFor(s, samples[k])]),
    ),
    { requiredKeys: [...(op.body.required ?? [])] },
  );
}

function validParts(op: Operation, samples: Samples): fc.Arbitrary<Parts> {
  const value = (p: Parameter) => validValue(op, p, samples);
  const path = op.parameters.filter(p => p.in === 'path');
  const query = op.parameters.filter(p => p.in === 'query');
  return fc.record({
    params: fc.record(
      Object.fromEntries(
        path.map(p => [p.name, value(p).map(v => ({ value: v }))]),
      ),
    ),
    query: fc
      .tuple(
        ...query.map(p =>
          p.required ? value(p) : fc.option(value(p), { nil: undefined }),
        ),
      )
      .map(values =>
        values.flatMap((v, i) =>
          v === undefined ? [] : [{ key: query[i].name, value: v }],
        ),
      ),
    json: validBody(op, samples),
    text: fc.constant(undefined),
    headers: fc.constant<Record<string, string>>(
      op.body ? { 'content-type': 'application/json' } : {},
    ),
    mentions: fc.constant<RegExp[]>([]),
  });
}

function render(op: Operation, parts: Parts): RestRequest {
  const path = op.template.replace(/\{(\w+)\}/g, (_, name) => {
    const { value, raw } = parts.params[name];
    return raw ? value : encode(value);
  });
  const query = queryString(parts.query);
  const body =
    parts.text ??
    (parts.json === undefined ? undefined : JSON.stringify(parts.json));
  return {
    operation: op.id,
    method: op.method.toUpperCase(),
    path: `/api/aks${path}${query ? `?${query}` : ''}`,
    headers: parts.headers,
    body,
    mentions: parts.mentions,
  };
}

/** A request that openapi.yaml, or the rules behind it, lets through. */
export function validRequest(op: Operation, samples: Samples) {
  return validParts(op, samples).map(parts => render(op, parts));
}

/** A request with one or two fields broken, each sure to be refused. */
export function brokenRequest(op: Operation, samples: Samples) {
  const [overlong, ...others] = corruptions(op, samples);
  const broken = fc.oneof(
    { arbitrary: overlong, weight: 1 },
    ...others.map(arbitrary => ({ arbitrary, weight: 4 })),
  );
  return fc
    .tuple(
      validParts(op, samples),
      fc.array(broken, { minLength: 1, maxLength: 2 }),
    )
    .map(([parts, breaks]) =>
      render(
        op,
        breaks.reduce((p, b) => b(p), parts),
      ),
    );
}
