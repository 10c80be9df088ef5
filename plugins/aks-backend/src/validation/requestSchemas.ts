import Ajv, { Options, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { spec } from '../schema/openapi';

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
  /** The path template, split at '/': each segment lower-cased text or a parameter's name. */
  segments: Array<{ literal: string } | { parameter: string }>;
  queryParameters: Set<string>;
  integerQueryParameters: string[];
  hasBody: boolean;
  /** Checks `{ params, query, body }` (path parameters decoded). */
  validate: ValidateFunction;
}

const SPEC_ID = 'openapi';

/** An ajv that knows openapi.yaml, whose schemas `specRef` points at. */
export function ajvWithSpec(options: Options = {}): Ajv {
  // Not strict: OpenAPI schemas carry keywords of their own, such as `example`.
  const ajv = new Ajv({ ...options, strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  return ajv;
}

/** A reference to the schema at these segments of openapi.yaml. */
export function specRef(...segments: string[]): Ref {
  const pointer = segments
    .map(s => s.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/');
  return { $ref: `${SPEC_ID}#/${pointer}` };
}

const ajv = ajvWithSpec();

/** Where a parameter is declared: in the operation, or in the components its `$ref` names. */
function declaration(
  item: SpecParameter | Ref,
  at: string[],
): { parameter: SpecParameter; at: string[] } {
  if (!('$ref' in item)) return { parameter: item, at };
  const path = item.$ref.slice(2).split('/');
  const [group, name] = path.slice(1);
  const components = spec.components as unknown as Record<
    string,
    Record<string, SpecParameter>
  >;
  return { parameter: components[group][name], at: path };
}

function compile(
  template: string,
  method: string,
  operation: SpecOperation,
): RequestSchema {
  const parameters = (operation.parameters ?? []).map((item, i) =>
    declaration(item, ['paths', template, method, 'parameters', String(i)]),
  );
  const of = (where: string) =>
    parameters.filter(p => p.parameter.in === where);
  const properties = (list: ReturnType<typeof of>) => ({
    type: 'object',
    properties: Object.fromEntries(
      list.map(({ parameter, at }) => [
        parameter.name,
        specRef(...at, 'schema'),
      ]),
    ),
    required: list.filter(p => p.parameter.required).map(p => p.parameter.name),
  });
  const hasBody =
    operation.requestBody?.content['application/json'] !== undefined;
  return {
    segments: template
      .split('/')
      .map(t =>
        t.startsWith('{')
          ? { parameter: t.slice(1, -1) }
          : { literal: t.toLowerCase() },
      ),
    queryParameters: new Set(of('query').map(p => p.parameter.name)),
    integerQueryParameters: of('query')
      .filter(p => p.parameter.schema?.type === 'integer')
      .map(p => p.parameter.name),
    hasBody,
    validate: ajv.compile({
      type: 'object',
      properties: {
        params: properties(of('path')),
        query: { ...properties(of('query')), additionalProperties: false },
        ...(hasBody && {
          body: specRef(
            'paths',
            template,
            method,
            'requestBody',
            'content',
            'application/json',
            'schema',
          ),
        }),
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
    list.push(compile(template, method, operation));
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
  const lowered = segments.map(segment => segment.toLowerCase());
  const schema = byMethod
    .get(method)
    ?.find(
      s =>
        s.segments.length === segments.length &&
        s.segments.every(
          (t, i) => 'parameter' in t || t.literal === lowered[i],
        ),
    );
  return schema && { schema, segments };
}
