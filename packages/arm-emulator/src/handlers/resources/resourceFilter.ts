import { badRequest } from '../../errors/armError';

/** What a `Resources_List` filter reads of a resource. */
export interface FilteredResource {
  name: string;
  type: string;
  location?: string;
  resourceGroup?: string;
  tags?: Record<string, string>;
}

/** A parsed `$filter`: whether a resource matches, and whether it filters by tag (then ARM leaves tags out). */
export interface ResourceFilter {
  matches: (resource: FilteredResource) => boolean;
  byTag: boolean;
}

type Predicate = (resource: FilteredResource) => boolean;

/** The properties `eq`/`ne` compare, as resources.json 2021-04-01 lists them (the emulator's resources have no plan). */
const COMPARED: Record<string, (r: FilteredResource) => string | undefined> = {
  name: r => r.name,
  resourcetype: r => r.type,
  location: r => r.location,
  resourcegroup: r => r.resourceGroup,
};
/** The properties `substringof` reads. */
const SUBSTRING_OF = ['name', 'resourcegroup'];

const TOKEN = /\s*('(?:[^']|'')*'|\(|\)|,|[^\s(),']+)/y;

function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(filter);
    if (!match) {
      if (!filter.slice(start).trim()) break;
      throw invalidFilter(filter, `cannot read '${filter.slice(start)}'`);
    }
    tokens.push(match[1]);
  }
  return tokens;
}

function invalidFilter(filter: string, why: string) {
  return badRequest(
    'InvalidFilterInQueryString',
    `Invalid $filter '${filter}' specified in the query string: ${why}.`,
    '$filter',
  );
}

const same = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Parses `Resources_List`'s OData `$filter`: `eq`/`ne`, `substringof`, tags, joined by `and` (binding first) and `or`. */
export function parseResourceFilter(filter: string | null): ResourceFilter {
  if (!filter?.trim()) return { matches: () => true, byTag: false };
  const tokens = tokenize(filter);
  let at = 0;
  let byTag = false;
  let tagName: string | undefined;
  const fail = (why: string) => invalidFilter(filter, why);
  const next = () => tokens[at++];
  const expect = (token: string) => {
    const found = next();
    if (found?.toLowerCase() !== token) throw fail(`expected '${token}'`);
  };
  const literal = () => {
    const token = next();
    if (!token?.startsWith("'")) throw fail('expected a quoted value');
    return token.slice(1, -1).replace(/''/g, "'");
  };

  function term(): Predicate {
    const token = next();
    if (token === undefined) throw fail('the filter ends too early');
    const word = token.toLowerCase();
    if (word === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (word === 'substringof') {
      expect('(');
      const value = literal().toLowerCase();
      expect(',');
      const property = next()?.toLowerCase() ?? '';
      expect(')');
      if (!SUBSTRING_OF.includes(property))
        throw fail(`substringof cannot read '${property}'`);
      return r => !!COMPARED[property](r)?.toLowerCase().includes(value);
    }
    if (word === 'startswith') {
      expect('(');
      if (next()?.toLowerCase() !== 'tagname')
        throw fail('startswith reads tagName only');
      expect(',');
      const prefix = literal().toLowerCase();
      expect(')');
      byTag = true;
      return r =>
        Object.keys(r.tags ?? {}).some(k => k.toLowerCase().startsWith(prefix));
    }
    const operator = next()?.toLowerCase();
    if (operator !== 'eq' && operator !== 'ne')
      throw fail(`'${token}' needs eq or ne`);
    const value = literal();
    const negate = (p: Predicate): Predicate =>
      operator === 'ne' ? r => !p(r) : p;
    if (word === 'tagname') {
      byTag = true;
      tagName = value;
      return negate(r => Object.keys(r.tags ?? {}).some(k => same(k, value)));
    }
    if (word === 'tagvalue') {
      const name = tagName;
      if (name === undefined) throw fail('tagValue needs a tagName before it');
      return negate(r =>
        Object.entries(r.tags ?? {}).some(
          ([k, v]) => same(k, name) && v === value,
        ),
      );
    }
    const read = COMPARED[word];
    if (!read) throw fail(`the emulator cannot filter on '${token}'`);
    return negate(r => same(read(r), value));
  }

  function and(): Predicate {
    const terms = [term()];
    while (tokens[at]?.toLowerCase() === 'and') {
      at++;
      terms.push(term());
    }
    return r => terms.every(t => t(r));
  }

  function or(): Predicate {
    const alternatives = [and()];
    while (tokens[at]?.toLowerCase() === 'or') {
      at++;
      alternatives.push(and());
    }
    return r => alternatives.some(a => a(r));
  }

  const matches = or();
  if (at < tokens.length) throw fail(`unexpected '${tokens[at]}'`);
  return { matches, byTag };
}
