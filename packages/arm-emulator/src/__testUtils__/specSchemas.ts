import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Finds the Azure specs folder: AZURE_SPECS_DIR, or `shared/azure-specs` beside the repository
 * (tests run from the package or the repository root, so every ancestor of the working directory is tried).
 */
export function findSpecsDir(): string | undefined {
  const candidates = [process.env.AZURE_SPECS_DIR];
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'shared', 'azure-specs'));
    if (path.dirname(dir) === dir) break;
  }
  return candidates.find(
    dir => dir && fs.existsSync(path.join(dir, 'specification')),
  );
}

/**
 * `describe` when the Azure specs are there. Without them the suite cannot
 * prove anything: with `CI` set the test file fails to load, elsewhere its
 * tests are skipped with a line saying why.
 */
export function describeWithSpecs(what: string): jest.Describe {
  if (findSpecsDir()) return describe;
  const why = `no Azure specs (set AZURE_SPECS_DIR or provide ../shared/azure-specs)`;
  if (process.env.CI) throw new Error(`${what} cannot run in CI: ${why}`);
  process.stderr.write(`Skipping ${what}: ${why}\n`);
  return describe.skip;
}

export const SPEC_FILES = {
  aks: 'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-06-01/managedClusters.json',
  acr: 'containerregistry/resource-manager/Microsoft.ContainerRegistry/Registry/stable/2025-11-01/containerregistry.json',
  aci: 'containerinstance/resource-manager/Microsoft.ContainerInstance/stable/2023-05-01/containerInstance.json',
  authorization:
    'authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleAssignmentsCalls.json',
} as const;

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

/** Validates bodies against the response schemas the specs declare, `$ref`s resolved across files. */
export class SpecValidator {
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: true,
  });
  private readonly specs = new Map<string, { url: string; json: any }>();
  private readonly cache = new Map<string, ValidateFunction>();
  validatedCount = 0;

  constructor(specsDir: string) {
    addFormats(this.ajv);
    for (const format of SWAGGER_ONLY_FORMATS) this.ajv.addFormat(format, true);
    this.ajv.addKeyword({ keyword: 'discriminator' });
    const root = path.join(specsDir, 'specification');
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        if (e.isDirectory())
          return e.name === 'examples' ? [] : walk(path.join(dir, e.name));
        return e.name.endsWith('.json') ? [path.join(dir, e.name)] : [];
      });
    for (const file of walk(root)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      const url = pathToFileURL(file).href;
      this.ajv.addSchema(
        {
          ...json,
          $id: url,
          paths: undefined,
          parameters: undefined,
          $schema: undefined,
        },
        url,
      );
      this.specs.set(path.relative(root, file), { url, json });
    }
  }

  spec(file: string): any {
    return this.specs.get(file)!.json;
  }

  /** The spec operation with this operationId: method, path template and responses. */
  operation(
    file: string,
    operationId: string,
  ): { method: string; path: string; op: any } {
    for (const [p, methods] of Object.entries<any>(this.spec(file).paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        if (op?.operationId === operationId)
          return { method: method.toUpperCase(), path: p, op };
      }
    }
    throw new Error(`No operation ${operationId} in ${file}`);
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

  /** Throws with ajv's errors when the body does not match the schema for the status (or `default`). */
  validate(
    file: string,
    operationId: string,
    status: number,
    body: unknown,
  ): void {
    const { op } = this.operation(file, operationId);
    const declared = op.responses[String(status)];
    if (!declared && status < 400)
      throw new Error(`${operationId} does not declare status ${status}`);
    const response = declared ?? op.responses.default;
    this.validatedCount += 1;
    if (!response.schema) {
      if (body !== undefined && status !== 200)
        throw new Error(`${operationId} ${status} should have no body`);
      return;
    }
    const key = `${file}#${operationId}#${declared ? status : 'default'}`;
    let validate = this.cache.get(key);
    if (!validate) {
      const ref: string = response.schema.$ref;
      const url = this.specs.get(file)!.url;
      validate = this.ajv.compile(
        ref
          ? { $ref: new URL(ref, url).href }
          : { ...response.schema, $id: `${url}#${key}` },
      );
      this.cache.set(key, validate);
    }
    if (!validate(body)) {
      throw new Error(
        `${operationId} ${status} response does not match the spec: ${this.ajv.errorsText(
          validate.errors,
          { separator: '\n' },
        )}\n${JSON.stringify(body).slice(0, 600)}`,
      );
    }
  }
}
