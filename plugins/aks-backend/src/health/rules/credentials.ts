import type { HealthInput } from '../healthInput';
import type { HealthRule } from '../healthRule';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A secret that expires within this many days is a finding; within the second, a warning. */
const EXPIRY_NOTICE_DAYS = 30;
const EXPIRY_WARNING_DAYS = 7;

/** Days from the input's time until the secret expires: negative or zero once expired. */
function daysLeft(input: HealthInput): number | undefined {
  const expiresOn = Date.parse(input.servicePrincipal?.secretExpiresOn ?? '');
  if (Number.isNaN(expiresOn)) return undefined;
  const now = input.now ? Date.parse(input.now) : Date.now();
  return (expiresOn - now) / DAY_MS;
}

// The date format of the AKS pages: Dec 31, 2026.
const DATE = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeZone: 'UTC',
});
const expiryDate = (input: HealthInput) =>
  DATE.format(new Date(input.servicePrincipal!.secretExpiresOn!));

const clientId = (input: HealthInput) => input.servicePrincipal!.clientId;

const rotateRemedy = (input: HealthInput) =>
  `Add a client secret to the application (\`az ad app credential reset --id ${clientId(
    input,
  )} --append\`) and give it to the cluster with ` +
  `\`az aks update-credentials --reset-service-principal --service-principal ${clientId(
    input,
  )} --client-secret <new secret>\`; better, move the cluster to a managed identity.`;

const ROTATE_DOCS = 'https://learn.microsoft.com/azure/aks/update-credentials';

/**
 * Rules about how the cluster authenticates to Azure. The expiry rules judge
 * the application's last client secret to expire: the cluster cannot be using
 * one that outlives it, so a finding is never a false alarm.
 */
export const CREDENTIAL_RULES = [
  {
    scope: 'cluster',
    code: 'ServicePrincipalSecretExpired',
    title: 'Service principal secret expired',
    severity: 'error',
    applies: input => (daysLeft(input) ?? 1) <= 0,
    message: input =>
      `Every client secret of service principal ${clientId(
        input,
      )} has expired, the last on ${expiryDate(input)}: ` +
      'the cluster can no longer create or change load balancers, public IPs or persistent volumes, nor scale or upgrade.',
    remedy: rotateRemedy,
    docsUrl: ROTATE_DOCS,
  },
  {
    scope: 'cluster',
    code: 'ServicePrincipalSecretExpiring',
    title: 'Service principal secret expires soon',
    severity: input =>
      daysLeft(input)! <= EXPIRY_WARNING_DAYS ? 'warning' : 'info',
    applies: input => {
      const days = daysLeft(input);
      return days !== undefined && days > 0 && days <= EXPIRY_NOTICE_DAYS;
    },
    message: input =>
      `The last client secret of service principal ${clientId(
        input,
      )} expires on ${expiryDate(input)}, in ${Math.ceil(
        daysLeft(input)!,
      )} days; ` +
      'after that the cluster can no longer create or change load balancers, public IPs or persistent volumes.',
    remedy: rotateRemedy,
    docsUrl: ROTATE_DOCS,
  },
  {
    scope: 'cluster',
    code: 'ServicePrincipalIdentity',
    title: 'Service principal, not a managed identity',
    severity: 'warning',
    applies: input => !!input.servicePrincipal,
    message: input =>
      `The cluster authenticates to Azure as service principal ${clientId(
        input,
      )}, whose client secret someone has to rotate before it expires (after one year by default); ` +
      'nothing on the cluster warns when it does.',
    remedy: input =>
      'Move the cluster to a managed identity (`az aks update --enable-managed-identity`, then upgrade the node images); ' +
      `until then, keep track of the secret's end date (\`az ad app credential list --id ${clientId(
        input,
      )}\`).`,
    docsUrl: 'https://learn.microsoft.com/azure/aks/use-managed-identity',
  },
] as const satisfies ReadonlyArray<HealthRule>;
