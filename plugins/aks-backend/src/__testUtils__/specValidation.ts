import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { spec } from '../schema/openapi';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: 'openapi' });

function pointer(...segments: string[]): string {
  return segments
    .map(s => s.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/');
}

/**
 * The errors of a response body against the response schema that
 * openapi.yaml declares for the operation and status (or `default`).
 */
export function specErrors(
  method: 'get' | 'post',
  pathTemplate: keyof typeof spec.paths,
  status: number,
  body: unknown,
): string[] {
  const operation = (spec.paths as any)[pathTemplate][method];
  const key =
    String(status) in operation.responses ? String(status) : 'default';
  const response = operation.responses[key];
  const ref = response.$ref
    ? `openapi${response.$ref}/content/application~1json/schema`
    : `openapi#/${pointer(
        'paths',
        pathTemplate,
        method,
        'responses',
        key,
      )}/content/application~1json/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return validate(body)
    ? []
    : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}
