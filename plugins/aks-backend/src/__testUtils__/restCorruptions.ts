import fc from 'fast-check';
import {
  asQueryValue,
  Corruption,
  isValidParameter,
  Parts,
  Samples,
} from './restParts';
import {
  hostileJson,
  hostileString,
  invalidFor,
  Operation,
} from './specInputs';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (where: string, name: string) =>
  new RegExp(`${where} ${escape(name)}\\b|Invalid ${escape(name)}\\b`);

/**
 * The ways to break a request to an operation, each sure to be refused, each
 * with what the refusal must name. The first (an overlong URL) fits every
 * operation and is drawn less often.
 */
export function corruptions(
  op: Operation,
  samples: Samples,
): fc.Arbitrary<Corruption>[] {
  const mention = (parts: Parts, pattern: RegExp) => [
    ...parts.mentions,
    pattern,
  ];
  const list: fc.Arbitrary<Corruption>[] = [
    fc.constant((parts: Parts) => ({
      ...parts,
      query: [...parts.query, { key: 'pad', value: 'a'.repeat(2100) }],
      mentions: mention(parts, /URL/),
    })),
  ];
  for (const p of op.parameters) {
    const bad =
      p.in === 'path'
        ? hostileString.filter(v => v !== '')
        : fc.oneof(hostileString, hostileJson).map(asQueryValue);
    list.push(
      bad
        .filter(v => !isValidParameter(op, p, v))
        .map(
          v => (parts: Parts) =>
            p.in === 'path'
              ? {
                  ...parts,
                  params: { ...parts.params, [p.name]: { value: String(v) } },
                  mentions: mention(parts, named('path parameter', p.name)),
                }
              : {
                  ...parts,
                  query: [
                    ...parts.query.filter(q => q.key !== p.name),
                    { key: p.name, value: v },
                  ],
                  mentions: mention(parts, named('query parameter', p.name)),
                },
        ),
    );
    if (p.in === 'path') {
      list.push(
        fc
          .constantFrom('%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80')
          .map(raw => (parts: Parts) => ({
            ...parts,
            params: { ...parts.params, [p.name]: { value: raw, raw: true } },
            mentions: mention(parts, named('path parameter', p.name)),
          })),
      );
    }
  }
  const known = new Set(op.parameters.map(p => p.name));
  list.push(
    fc
      .stringMatching(/^[a-z][a-zA-Z0-9]{0,9}$/)
      .filter(k => !known.has(k))
      .map(key => (parts: Parts) => ({
        ...parts,
        query: [...parts.query, { key, value: 'x' }],
        mentions: mention(parts, named('query parameter', key)),
      })),
  );
  list.push(
    fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom('', '[x]', '[admin]'),
      )
      .map(([name, suffix]) => (parts: Parts) => ({
        ...parts,
        query: [...parts.query, { key: `${name}${suffix}`, value: '1' }],
        mentions: mention(parts, named('query parameter', name)),
      })),
  );
  if (op.parameters.some(p => p.name === 'subscriptionId' && p.in === 'path')) {
    list.push(
      fc.uuid({ version: 4 }).map(subscriptionId => (parts: Parts) => ({
        ...parts,
        params: { ...parts.params, subscriptionId: { value: subscriptionId } },
        query: parts.query.filter(q => q.key !== 'entityRef'),
      })),
    );
  }
  if (op.id === 'ListKubernetesVersions') {
    list.push(
      fc
        .stringMatching(/^[a-z]{3,12}[0-9]?$/)
        .filter(l => !(samples.location ?? []).includes(l))
        .map(location => (parts: Parts) => ({
          ...parts,
          params: { ...parts.params, location: { value: location } },
          query: parts.query.filter(q => q.key !== 'entityRef'),
          mentions: mention(parts, /Invalid location/),
        })),
    );
  }
  const body = op.body;
  if (!body) return list;
  const properties = Object.entries(body.properties ?? {});
  for (const [key, schema] of properties) {
    list.push(
      invalidFor(schema).map(v => (parts: Parts) => ({
        ...parts,
        json: { ...(parts.json as object), [key]: v },
        mentions: mention(parts, named('body field', key)),
      })),
    );
  }
  for (const key of body.required ?? []) {
    list.push(
      fc.constant((parts: Parts) => {
        const { [key]: _, ...rest } = parts.json as Record<string, unknown>;
        return {
          ...parts,
          json: rest,
          mentions: mention(parts, named('body field', key)),
        };
      }),
    );
  }
  list.push(
    fc
      .oneof(hostileString, fc.constantFrom('__proto__', 'constructor'))
      .filter(k => !(k in (body.properties ?? {})))
      .map(key => (parts: Parts) => ({
        ...parts,
        text: JSON.stringify(parts.json)
          .replace(/^\{/, () => `{${JSON.stringify(key)}:1,`)
          .replace(/,\}$/, '}'),
        mentions: mention(parts, /body field/),
      })),
    fc
      .oneof(
        hostileString,
        fc.constantFrom('[', '{"a":', "{'a':1}", '<x/>', 'NaN'),
      )
      .filter(t => t.trim() !== '' && !isJsonObject(t))
      .map(text => (parts: Parts) => ({
        ...parts,
        text,
        mentions: mention(parts, /\bbody\b/),
      })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        'application/vnd.api+json',
      )
      .map(type => (parts: Parts) => ({
        ...parts,
        headers: { ...parts.headers, 'content-type': type },
        mentions: mention(parts, /Content-Type/),
      })),
    fc.integer({ min: 9, max: 8_000 }).map(depth => (parts: Parts) => ({
      ...parts,
      text: JSON.stringify(parts.json).replace(
        /^\{/,
        `{"nested":${'['.repeat(depth)}${']'.repeat(depth)},`,
      ),
      mentions: mention(parts, /\bbody\b/),
    })),
    fc.integer({ min: 17_000, max: 40_000 }).map(size => (parts: Parts) => ({
      ...parts,
      text: JSON.stringify({
        ...(parts.json as object),
        padding: 'x'.repeat(size),
      }),
      mentions: mention(parts, /\bbody\b/),
    })),
  );
  if (op.id === 'ScaleNodePool') {
    list.push(
      fc
        .tuple(
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: 0, max: 999 }),
        )
        .filter(([a, b]) => a > b)
        .map(([minCount, maxCount]) => (parts: Parts) => ({
          ...parts,
          json: { minCount, maxCount },
          mentions: mention(parts, /minCount/),
        })),
      fc.constant((parts: Parts) => ({
        ...parts,
        json: {},
        mentions: mention(parts, /count/),
      })),
    );
  }
  return list;
}

function isJsonObject(text: string): boolean {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null;
  } catch {
    return false;
  }
}
