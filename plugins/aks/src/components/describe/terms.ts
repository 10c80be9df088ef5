/*
 * ARM's enum values and names as people read them: `westeurope` is West
 * Europe, `KubernetesOfficial` is community support, `NodeImage` is node
 * image. A value this does not know is shown as ARM wrote it.
 */

/** Words of Azure's region names, longest first so that `southeast` is not read as `south`. */
const REGION_WORDS = [
  'southeast',
  'northeast',
  'southwest',
  'northwest',
  'central',
  'north',
  'south',
  'east',
  'west',
  'europe',
  'asia',
  'pacific',
  'australia',
  'brazil',
  'canada',
  'france',
  'germany',
  'india',
  'japan',
  'korea',
  'norway',
  'switzerland',
  'uae',
  'sweden',
  'italy',
  'poland',
  'qatar',
  'israel',
  'mexico',
  'spain',
  'newzealand',
  'southafrica',
  'taiwan',
  'indonesia',
  'malaysia',
  'chile',
  'austria',
  'belgium',
  'denmark',
  'finland',
  'greece',
  'us',
  'uk',
  'gov',
  'stage',
  'euap',
].sort((a, b) => b.length - a.length);

const UPPER = new Set(['us', 'uk', 'uae', 'euap']);
const SPECIAL: Record<string, string> = {
  newzealand: 'New Zealand',
  southafrica: 'South Africa',
};

function word(w: string): string {
  if (UPPER.has(w)) return w.toUpperCase();
  return SPECIAL[w] ?? w[0].toUpperCase() + w.slice(1);
}

/** `westeurope` → West Europe, `eastus2` → East US 2; another value as it is. */
export function regionName(region: string): string {
  const parts: string[] = [];
  let rest = region.toLowerCase();
  while (rest) {
    const next = rest;
    const digits = /^\d+/.exec(next);
    const known = REGION_WORDS.find(w => next.startsWith(w));
    if (digits) {
      parts.push(digits[0]);
      rest = rest.slice(digits[0].length);
    } else if (known) {
      parts.push(word(known));
      rest = rest.slice(known.length);
    } else {
      return region;
    }
  }
  return parts.join(' ');
}

const TERMS: Record<string, string> = {
  KubernetesOfficial: 'Community support',
  AKSLongTermSupport: 'Long-term support',
  NodeImage: 'Node image',
  SecurityPatch: 'Security patch',
  Unmanaged: 'Unmanaged (by the OS)',
  SystemAssigned: 'System-assigned managed identity',
  UserAssigned: 'User-assigned managed identity',
  None: 'None',
  'node-image': 'Node image',
  none: 'None',
  kubenet: 'kubenet',
};

/**
 * An enum value as words: known terms by their name, `UpgradingNodeImageVersion`
 * as "Upgrading node image version", `patch` as "Patch".
 */
export function term(value: string | undefined): string {
  if (!value) return '—';
  if (TERMS[value]) return TERMS[value];
  const words = value
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words[0].toUpperCase() + words.slice(1);
}

/** "1 node", "3 nodes". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
