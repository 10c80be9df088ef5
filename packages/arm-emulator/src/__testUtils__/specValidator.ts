import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2019, {
  type ErrorObject,
  type ValidateFunction,
} from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { strictDefinitions, strictSchema } from './strictSchemas';
import type { Deref, SchemaAt } from './shapeDiff';

const SWAGGER_ONLY_FORMATS = [
  'int32',
  'int64',
  'float',
  'double',
  'byte',
  'binary',
  'password',
  'arm-id',
  'duration',
  'unixtime',
  'date-time-rfc1123',
  'date-time-rfc7231',
  'base64url',
  'decimal',
  'url',
  'file',
];

/** One operation of a spec: method, path template and the spec's operation object. */
export interface SpecOperation {
  method: string;
  path: string;
  op: any;
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath || '(body)';
  if (e.keyword === 'not')
    return `${where} is secret or write-only: the service never returns it`;
  const detail =
    e.params.unevaluatedProperty ??
    e.params.missingProperty ??
    e.params.allowedValues;
  return `${where} ${e.message}${
    detail === undefined ? '' : `: ${JSON.stringify(detail)}`
  }`;
}

/** An inline schema's `$ref`s made absolute, so it compiles outside its file. */
function absoluteRefs(node: unknown, fileUrl: string): unknown {
  if (Array.isArray(node)) return node.map(n => absoluteRefs(n, fileUrl));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string'
        ? new URL(v, fileUrl).href
        : absoluteRefs(v, fileUrl),
    ]),
  );
}

/**
 * Validates bodies strictly (see strictSchemas.ts) against the schemas the
 * specs declare, `$ref`s resolved across the spec files.
 */
export class SpecValidator {
  private readonly ajv = new Ajv2019({
    strict: false,
    allErrors: true,
    validateFormats: true,
  });
  private readonly root: string;
  private readonly byUrl = new Map<string, any>();
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specsDir: string) {
    addFormats(this.ajv);
    for (const format of SWAGGER_ONLY_FORMATS) this.ajv.addFormat(format, true);
    this.ajv.addKeyword({ keyword: 'discriminator' });
    this.root = path.join(specsDir, 'specification');
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        if (e.isDirectory())
          return e.name === 'examples' ? [] : walk(path.join(dir, e.name));
        return e.name.endsWith('.json') ? [path.join(dir, e.name)] : [];
      });
    for (const file of walk(this.root)) {
      this.byUrl.set(
        pathToFileURL(file).href,
        JSON.parse(fs.readFileSync(file, 'utf8')),
      );
    }
    for (const [url, json] of this.byUrl) {
      this.ajv.addSchema(
        {
          $id: url,
          definitions: strictDefinitions(json.definitions, url, this.resolve),
        },
        url,
      );
    }
  }

  private readonly resolve = (ref: string, fromUrl: string): any => {
    const [file, pointer = ''] = new URL(ref, fromUrl).href.split('#');
    let node = this.byUrl.get(file);
    for (const part of pointer.split('/').filter(Boolean)) node = node?.[part];
    return node;
  };

  private urlOf(file: string): string {
    return pathToFileURL(path.join(this.root, file)).href;
  }

  /** The schema the spec declares for a response, with the file its `$ref`s are relative to. */
  responseSchema(
    file: string,
    operationId: string,
    status: number,
  ): SchemaAt | undefined {
    const schema = this.operation(file, operationId).op.responses[
      String(status)
    ]?.schema;
    return schema ? { schema, url: this.urlOf(file) } : undefined;
  }

  /** The schema of an operation's request body, if it takes one. */
  requestSchema(file: string, operationId: string): SchemaAt | undefined {
    const body = this.parameters(file, operationId).find(p => p?.in === 'body');
    return body ? { schema: body.schema, url: this.urlOf(file) } : undefined;
  }

  /** Follows `$ref`s to the schema they name. */
  readonly deref: Deref = node => {
    let at = node;
    for (let hops = 0; at.schema?.$ref && hops < 20; hops++) {
      const url = new URL(at.schema.$ref, at.url).href.split('#')[0];
      at = { schema: this.resolve(at.schema.$ref, at.url), url };
    }
    return at;
  };

  /** The parsed spec file (path under `specification/`). */
  spec(file: string): any {
    const json = this.byUrl.get(this.urlOf(file));
    if (!json) throw new Error(`No spec file ${file}`);
    return json;
  }

  /** An operation of `paths`, or of `x-ms-paths` (paths OpenAPI 2 cannot tell apart, e.g. RoleDefinitions_GetById). */
  operation(file: string, operationId: string): SpecOperation {
    const { paths, 'x-ms-paths': msPaths } = this.spec(file);
    for (const [p, methods] of Object.entries<any>({ ...paths, ...msPaths })) {
      for (const [method, op] of Object.entries<any>(methods)) {
        if (op?.operationId === operationId)
          return { method: method.toUpperCase(), path: p, op };
      }
    }
    throw new Error(`No operation ${operationId} in ${file}`);
  }

  /** The operation's parameters with `#/parameters/...` references resolved. */
  parameters(file: string, operationId: string): any[] {
    const { op } = this.operation(file, operationId);
    return (op.parameters ?? []).map((p: any) =>
      p.$ref ? this.resolve(p.$ref, this.urlOf(file)) : p,
    );
  }

  /** Example file name -> operationId, from the spec's `x-ms-examples`. */
  exampleOperations(file: string): Map<string, string> {
    const map = new Map<string, string>();
    for (const methods of Object.values<any>(this.spec(file).paths)) {
      for (const op of Object.values<any>(methods)) {
        for (const example of Object.values<any>(op?.['x-ms-examples'] ?? {}))
          map.set(path.basename(example.$ref), op.operationId);
      }
    }
    return map;
  }

  /**
   * Throws unless the spec declares the status (errors may fall under
   * `default`) and the body matches its schema strictly; a response the spec
   * gives no schema must have no body.
   */
  validate(
    file: string,
    operationId: string,
    status: number,
    body: unknown,
  ): void {
    const { op } = this.operation(file, operationId);
    const declared = op.responses[String(status)];
    if (!declared && (status < 400 || !op.responses.default))
      throw new Error(`${operationId} does not declare status ${status}`);
    const response = declared ?? op.responses.default;
    if (!response.schema) {
      if (body !== undefined)
        throw new Error(
          `${operationId} ${status} should have no body: ${JSON.stringify(
            body,
          ).slice(0, 200)}`,
        );
      return;
    }
    const key = `${file}#${operationId}#${declared ? status : 'default'}`;
    this.check(
      key,
      `${operationId} ${status}`,
      response.schema,
      this.urlOf(file),
      body,
    );
  }

  /** Throws unless the body matches a definition, e.g. `common-types/.../types.json#/definitions/X`. */
  validateDefinition(ref: string, body: unknown): void {
    const [file, pointer] = ref.split('#');
    const url = this.urlOf(file);
    this.check(
      ref,
      pointer.split('/').pop()!,
      { $ref: `${url}#${pointer}` },
      url,
      body,
    );
  }

  private check(
    key: string,
    label: string,
    schema: any,
    fileUrl: string,
    body: unknown,
  ) {
    let validate = this.cache.get(key);
    if (!validate) {
      const strict = strictSchema(schema, 'use', fileUrl, this.resolve);
      validate = this.ajv.compile(absoluteRefs(strict, fileUrl) as object);
      this.cache.set(key, validate);
    }
    if (!validate(body)) {
      throw new Error(
        `${label} does not match the spec:\n${(validate.errors ?? [])
          .map(describeError)
          .join('\n')}\n${JSON.stringify(body).slice(0, 400)}`,
      );
    }
  }
}
