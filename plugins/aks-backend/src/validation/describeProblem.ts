import { ErrorObject } from 'ajv';
import { echo, echoName } from './inputErrors';

const sources: Record<string, string> = {
  params: 'path parameter',
  query: 'query parameter',
  body: 'body field',
};
const unescapePointer = (s: string) =>
  s.replace(/~1/g, '/').replace(/~0/g, '~');

/** One problem ajv found, with the field, its value and the rule. */
export function describeProblem(
  error: ErrorObject,
  data: Record<string, unknown>,
): string {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer);
  let rule = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    path.push(error.params.missingProperty);
    rule = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    path.push(error.params.additionalProperty);
    rule =
      path[0] === 'query'
        ? 'is not a parameter of this route'
        : 'is not allowed';
  }
  const [source, ...keys] = path;
  if (keys.length === 0) {
    return `${source} ${rule}`;
  }
  const field = `${sources[source]} ${keys
    .map(k => (k === '' ? '""' : echoName(k)))
    .join('.')}`;
  // An unknown field's value says nothing, and may be anything.
  const value =
    error.keyword === 'additionalProperties'
      ? undefined
      : keys.reduce<unknown>(
          (v, key) =>
            v && typeof v === 'object'
              ? (v as Record<string, unknown>)[key]
              : v,
          data[source],
        );
  return value === undefined
    ? `${field} ${rule}`
    : `${field} ${echo(value)} ${rule}`;
}
