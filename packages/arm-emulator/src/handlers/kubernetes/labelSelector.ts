/** Why a selector was refused, in the API server's words. */
export class SelectorError extends Error {}

type Requirement = (labels: Record<string, string>) => boolean;

// A label key: an optional DNS-subdomain prefix and a name of at most 63 characters.
const KEY =
  /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) {
    throw new SelectorError(
      `unable to parse requirement: invalid label key "${key}"`,
    );
  }
  return key;
}

function checkValue(value: string): string {
  if (!VALUE.test(value)) {
    throw new SelectorError(
      `unable to parse requirement: invalid label value: "${value}"`,
    );
  }
  return value;
}

/** Splits on the commas that are not inside a `( … )` value set. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map(p => p.trim());
}

function parseRequirement(text: string): Requirement {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(text);
  if (set) {
    const key = checkKey(set[1]);
    const values = set[3].split(',').map(v => checkValue(v.trim()));
    return set[2] === 'in'
      ? labels => key in labels && values.includes(labels[key])
      : labels => !(key in labels) || !values.includes(labels[key]);
  }
  const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(text);
  if (equality) {
    const key = checkKey(equality[1]);
    const value = checkValue(equality[3]);
    return equality[2] === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  if (text.startsWith('!')) {
    const key = checkKey(text.slice(1).trim());
    return labels => !(key in labels);
  }
  const key = checkKey(text);
  return labels => key in labels;
}

/**
 * Parses a label selector (`a=b`, `a==b`, `a!=b`, `a in (b,c)`, `a notin (b)`,
 * `a`, `!a`, joined by commas) into a predicate over an object's labels.
 * @throws {@link SelectorError} for a selector the API server would refuse.
 */
export function parseLabelSelector(
  selector: string | null,
): (labels: Record<string, string> | undefined) => boolean {
  if (!selector?.trim()) return () => true;
  const requirements = splitRequirements(selector).map(part => {
    if (!part)
      throw new SelectorError(
        "unable to parse requirement: found '', expected: identifier",
      );
    return parseRequirement(part);
  });
  return labels => requirements.every(r => r(labels ?? {}));
}
