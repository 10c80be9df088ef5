import { dirname } from 'node:path';

type PathToRegexp = (path: unknown, options?: object) => unknown;
const memoized = Symbol('memoized');

/** The copy of path-to-regexp that express-openapi-validator loads. */
export function validatorPathToRegexp(): { pathToRegexp: PathToRegexp } {
  const validatorDir = dirname(require.resolve('express-openapi-validator'));
  return require(require.resolve('path-to-regexp', { paths: [validatorDir] }));
}

/**
 * express-openapi-validator (5.6) finds a request's route by compiling the
 * pattern of every route in the spec with path-to-regexp, on every request,
 * in each validator on the way: most of a cached read's time. The patterns
 * are the spec's, few and fixed, so this makes the validator's copy of
 * path-to-regexp compile each pattern once.
 */
export function compilePathPatternsOnce() {
  const module = validatorPathToRegexp();
  const original = module.pathToRegexp as PathToRegexp & {
    [memoized]?: true;
  };
  if (original[memoized]) {
    return;
  }
  const compiled = new Map<string, unknown>();
  const once: typeof original = (path, options) => {
    const { sensitive, strict, ...other } = (options ?? {}) as {
      sensitive?: boolean;
      strict?: boolean;
    };
    if (typeof path !== 'string' || Object.keys(other).length > 0) {
      return original(path, options);
    }
    // The validator passes only these two options.
    const key = `${sensitive ? 's' : '-'}${strict ? 's' : '-'}${path}`;
    let result = compiled.get(key);
    if (result === undefined) {
      result = original(path, options);
      compiled.set(key, result);
    }
    return result;
  };
  once[memoized] = true;
  module.pathToRegexp = once;
}
