import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { echo, invalidInput } from '../validation/inputErrors';

const validators = makeValidator();

/** The catalog's rule for each part of a ref, as a caller is told it. */
const rules = [
  {
    part: 'kind',
    isValid: validators.isValidKind,
    rule: 'a letter, then letters and digits, at most 63',
  },
  {
    part: 'namespace',
    isValid: validators.isValidNamespace,
    rule: 'lowercase letters and digits, dashes inside, at most 63',
  },
  {
    part: 'name',
    isValid: validators.isValidEntityName,
    rule: 'letters and digits, with - _ . inside, at most 63',
  },
] as const;

function brokenRules(ref: CompoundEntityRef) {
  return rules.filter(({ part, isValid }) => !isValid(ref[part]));
}

/**
 * An entity ref that a caller gave (`kind:namespace/name`, namespace
 * optional), held to the catalog's rules for each part and normalised;
 * anything else is an InputError naming the field, before the ref reaches
 * the catalog, a permission check or an audit event.
 */
export function parseEntityRefStrictly(
  value: unknown,
  field = 'entityRef',
): string {
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(String(value));
  } catch {
    throw invalidInput(
      field,
      value,
      'must be kind:namespace/name, such as component:default/payments',
    );
  }
  const broken = brokenRules(ref);
  if (broken.length > 0) {
    throw invalidInput(
      field,
      value,
      broken
        .map(
          ({ part, rule }) => `its ${part} ${echo(ref[part])} must be ${rule}`,
        )
        .join('; '),
    );
  }
  return stringifyEntityRef(ref);
}

/** The entity ref of a path's kind, namespace and name, each part held to the catalog's rules. */
export function entityRefOfPath(params: CompoundEntityRef): string {
  const [broken] = brokenRules(params);
  if (broken) {
    throw invalidInput(
      broken.part,
      params[broken.part],
      `must be ${broken.rule}`,
    );
  }
  return stringifyEntityRef(params);
}

/** An entity ref from user input, held to the catalog's rules; an InputError names the field otherwise. */
export function parseEntityRefInput(
  value: unknown,
  field = 'entityRef',
): string | undefined {
  return value === undefined ? undefined : parseEntityRefStrictly(value, field);
}
