import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { spec } from './schema/openapi';

interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string };
}
type Ref = { $ref: string };
interface SpecOperation {
  parameters?: (SpecParameter | Ref)[];
  requestBody?: {
    required?: boolean;
    content: Record<string, { schema: object }>;
  };
}

/** One operation of openapi.yaml, with its request schema compiled once. */
export interface RequestSchema {
  /** The path template, split at '/': literal segments and `{name}`s. */
  segments: string[];
  queryParameters: Set<string>;
  integerQueryParameters: string[];
  hasBody: boolean;
  /** Checks `{ params, query, body }` (path parameters decoded). */
  validate: ValidateFunction;
}

// Not strict: OpenAPI schemas carry keywords of their own, such as `example`.
const ajv = new Ajv({ strict: false });
addFormats(ajv);
ajv.addSchema({ components: spec.components, $id: 'openapi' });

const components = spec.components as unknown as Record<
  string,
  Record<string, unknown>
>;
/** A `#/components/parameters/...` reference, looked up. */
function resolve<T extends object>(item: T | Ref): T {
  if (!('$ref' in item)) return item;
  const [, , group, name] = item.$ref.split('/');
  return components[group][name] as T;
}
/** A schema of the paths, its `#/components/...` references made to point into the document added above. */
const pointingIntoSpec = (schema: object) =>
  JSON.parse(JSON.stringify(schema).replace(/"#\//g, '"openapi#/'));

function compile(template: string, operation: SpecOperation): RequestSchema {
  const parameters = (operation.parameters ?? []).map(resolve);
  const of = (where: string) => parameters.filter(p => p.in === where);
  const properties = (list: SpecParameter[]) => ({
    type: 'object',
    properties: Object.fromEntries(
      list.map(p => [p.name, pointingIntoSpec(p.schema ?? {})]),
    ),
    required: list.filter(p => p.required).map(p => p.name),
  });
  const body = operation.requestBody?.content['application/json']?.schema;
  return {
    segments: template.split('/'),
    queryParameters: new Set(of('query').map(p => p.name)),
    integerQueryParameters: of('query')
      .filter(p => p.schema?.type === 'integer')
      .map(p => p.name),
    hasBody: body !== undefined,
    validate: ajv.compile({
      type: 'object',
      properties: {
        params: properties(of('path')),
        query: { ...properties(of('query')), additionalProperties: false },
        ...(body && { body: pointingIntoSpec(body) }),
      },
      required: operation.requestBody?.required ? ['body'] : [],
    }),
  };
}

const byMethod = new Map<string, RequestSchema[]>();
for (const [template, operations] of Object.entries(
  spec.paths as unknown as Record<string, Record<string, SpecOperation>>,
)) {
  for (const [method, operation] of Object.entries(operations)) {
    const list = byMethod.get(method.toUpperCase()) ?? [];
    list.push(compile(template, operation));
    byMethod.set(method.toUpperCase(), list);
  }
}

/**
 * The operation a request is for, matched as Express matches routes (case
 * insensitive, a trailing slash allowed), with its raw path segments; none
 * for what the spec does not describe.
 */
export function requestSchemaOf(
  method: string,
  path: string,
): { schema: RequestSchema; segments: string[] } | undefined {
  const segments = (
    path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  ).split('/');
  const schema = byMethod
    .get(method)
    ?.find(
      s =>
        s.segments.length === segments.length &&
        s.segments.every(
          (t, i) =>
            t.startsWith('{') || t.toLowerCase() === segments[i].toLowerCase(),
        ),
    );
  return schema && { schema, segments };
}
