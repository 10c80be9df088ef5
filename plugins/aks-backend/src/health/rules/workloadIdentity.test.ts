import { WORKLOAD_IDENTITY_RULES } from './workloadIdentity';
import {
  describeRules,
  healthy,
  NotApplying,
} from '../__testUtils__/healthFixtures';

const notApplying: NotApplying[] = [
  [
    'WorkloadIdentityWithoutOidcIssuer',
    'with the OIDC issuer on',
    healthy({ workloadIdentityEnabled: true, oidcIssuerEnabled: true }),
  ],
  [
    'WorkloadIdentityWithoutOidcIssuer',
    'with workload identity off',
    healthy({ workloadIdentityEnabled: false, oidcIssuerEnabled: false }),
  ],
  [
    'WorkloadIdentityWithoutOidcIssuer',
    'when Azure reports neither setting',
    healthy(),
  ],
];

describeRules(
  WORKLOAD_IDENTITY_RULES,
  {
    WorkloadIdentityWithoutOidcIssuer: [
      {
        name: 'with the OIDC issuer off',
        input: healthy({
          workloadIdentityEnabled: true,
          oidcIssuerEnabled: false,
        }),
        severity: 'error',
        message:
          'Workload identity is enabled but the cluster publishes no OIDC issuer',
      },
      {
        name: 'when Azure does not report the OIDC issuer',
        input: healthy({ workloadIdentityEnabled: true }),
        severity: 'error',
        message: 'publishes no OIDC issuer',
      },
    ],
  },
  notApplying,
);
