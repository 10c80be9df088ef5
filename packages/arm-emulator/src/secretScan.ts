import { DEMO_IDS } from './seeds/demoIds';

/** A secret found in text that a test captured (response bodies, log lines). @public */
export interface SecretHit {
  kind: string;
  /** Where it was found, with the secret itself masked. */
  excerpt: string;
}

const patterns: Array<[kind: string, pattern: RegExp]> = [
  ['bearer token', /\bBearer\s+[\w.~+/-]{8,}/gi],
  ['JWT', /eyJ[\w-]{2,}\.eyJ[\w-]{2,}\.[\w-]*/g],
  [
    'kubeconfig',
    /kind:\s*Config\b|(?:certificate-authority|client-certificate|client-key)-data|YXBpVmVyc2lvbjogdjEKa2luZDogQ29uZmln/g,
  ],
  ['kubeconfig token', /\btoken:\s*[\da-f]{32,}/g],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/g],
  ['password', /"passwords?"\s*:\s*(?:"[^"]+"|\[\s*\{)/gi],
  ['client secret', /"(?:clientSecret|secret)"\s*:\s*"[^"]+"/g],
  // Kubernetes configurations' write-only settings: Git credentials, and any non-empty set of them.
  [
    'git credential',
    /"(?:sshPrivateKey|httpsKey|bucketSecretKey)"\s*:\s*"[^"]+"/g,
  ],
  ['protected settings', /"configurationProtectedSettings"\s*:\s*\{\s*"/g],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function excerpt(text: string, index: number, length: number): string {
  const before = text.slice(Math.max(0, index - 30), index);
  return `${before}<${length} characters masked>`;
}

/**
 * Secrets in a response body or log line: the emulator's client secrets (and
 * any others given), bearer tokens, JWTs, kubeconfigs and their tokens,
 * private keys, passwords, Git credentials and protected settings. Objects
 * are scanned as their JSON.
 *
 * @public
 */
export function findSecrets(
  value: unknown,
  knownSecrets: readonly string[] = [],
): SecretHit[] {
  const text =
    typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const known = [
    DEMO_IDS.clientSecret,
    DEMO_IDS.noRoleClientSecret,
    ...knownSecrets,
  ].map(secret => new RegExp(escapeRegExp(secret), 'g'));
  const all: Array<[string, RegExp]> = [
    ...known.map((pattern): [string, RegExp] => ['client secret', pattern]),
    ...patterns,
  ];
  return all.flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map(match => ({
      kind,
      excerpt: excerpt(text, match.index, match[0].length),
    })),
  );
}
