import { spec } from '../schema/openapi';
import { ajvWithSpec, specRef } from '../validation/requestSchemas';

const ajv = ajvWithSpec({ allErrors: true });

/**
 * The errors of a response body against the response schema that
 * openapi.yaml declares for the operation and status (or `default`).
 */
export function specErrors(
  method: 'get' | 'post' | 'put',
  pathTemplate: keyof typeof spec.paths,
  status: number,
  body: unknown,
): string[] {
  const operation = (spec.paths as any)[pathTemplate][method];
  const key =
    String(status) in operation.responses ? String(status) : 'default';
  const response = operation.responses[key];
  const at: string[] = response.$ref
    ? response.$ref.slice(2).split('/')
    : ['paths', pathTemplate, method, 'responses', key];
  const { $ref } = specRef(...at, 'content', 'application/json', 'schema');
  const validate = ajv.getSchema($ref) ?? ajv.compile({ $ref });
  return validate(body)
    ? []
    : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}
