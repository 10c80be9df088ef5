import { CREDENTIAL_RULES } from './credentials';
import {
  healthy,
  NotApplying,
  RuleCases,
  describeRules,
} from '../__testUtils__/healthFixtures';

const SP = 'b2c3d4e5-0000-4000-8000-0000000000a1';
const secretEnding = (secretExpiresOn: string) =>
  healthy({ servicePrincipal: { clientId: SP, secretExpiresOn } });

const cases: RuleCases<typeof CREDENTIAL_RULES> = {
  ServicePrincipalIdentity: [
    {
      name: 'for a cluster on a service principal',
      input: healthy({ servicePrincipal: { clientId: SP } }),
      severity: 'warning',
      message: `The cluster authenticates to Azure as service principal ${SP}`,
    },
  ],
  ServicePrincipalSecretExpiring: [
    {
      name: 'as information within 30 days',
      input: secretEnding('2026-12-31T12:00:00Z'),
      severity: 'info',
      message: `The last client secret of service principal ${SP} expires on Dec 31, 2026, in 30 days;`,
    },
    {
      name: 'as a warning within 7 days',
      input: secretEnding('2026-12-05T08:00:00Z'),
      severity: 'warning',
      message: 'expires on Dec 5, 2026, in 4 days;',
    },
  ],
  ServicePrincipalSecretExpired: [
    {
      name: 'naming the day the last secret expired',
      input: secretEnding('2026-11-20T00:00:00Z'),
      severity: 'error',
      message: `Every client secret of service principal ${SP} has expired, the last on Nov 20, 2026:`,
    },
  ],
};

const notApplying: NotApplying[] = [
  ['ServicePrincipalIdentity', 'for a managed identity', healthy()],
  [
    'ServicePrincipalSecretExpiring',
    'more than 30 days ahead',
    secretEnding('2027-01-01T00:00:00Z'),
  ],
  [
    'ServicePrincipalSecretExpiring',
    'without the end date from Graph',
    healthy({ servicePrincipal: { clientId: SP } }),
  ],
  [
    'ServicePrincipalSecretExpiring',
    'once expired',
    secretEnding('2026-11-30T00:00:00Z'),
  ],
  [
    'ServicePrincipalSecretExpired',
    'without the end date from Graph',
    healthy({ servicePrincipal: { clientId: SP } }),
  ],
  [
    'ServicePrincipalSecretExpired',
    'before the end date',
    secretEnding('2026-12-01T13:00:00Z'),
  ],
];

describeRules(CREDENTIAL_RULES, cases, notApplying);
