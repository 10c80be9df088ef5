import { SelectorError } from './labelSelector';

const FIELDS: Record<string, (o: any) => string | undefined> = {
  'metadata.name': o => o.metadata.name,
  'metadata.namespace': o => o.metadata.namespace,
  'spec.nodeName': o => o.spec?.nodeName,
  'status.phase': o => o.status?.phase,
};

/**
 * Parses a field selector (`a=b`, `a==b`, `a!=b`, joined by commas) over the
 * fields the API server filters on into a predicate over objects.
 * @throws {@link SelectorError} for a field it does not filter on.
 */
export function fieldFilter(selector: string | null): (o: any) => boolean {
  if (!selector) return () => true;
  const tests = selector.split(',').map(part => {
    const match = /^([^=!]+)(==|=|!=)(.*)$/.exec(part.trim());
    const field = match && FIELDS[match[1]];
    if (!match || !field)
      throw new SelectorError(`field label not supported: ${part.trim()}`);
    return (o: any) => (field(o) === match[3]) === (match[2] !== '!=');
  });
  return o => tests.every(t => t(o));
}
