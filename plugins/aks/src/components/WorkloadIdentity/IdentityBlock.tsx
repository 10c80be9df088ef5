import { ReactNode } from 'react';
import { Flex, Text } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type {
  FederatedCredential,
  FederatedIdentity,
  HealthWarning,
} from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { CopyValue } from '../CopyValue/CopyValue';
import { ErrorAlert } from '../EntityClusters/ErrorAlert';
import { readErrorText } from '../EntityClusters/errorText';
import { Facts } from '../Facts/Facts';
import { Findings } from '../Findings/Findings';
import { MUTED, NEGATIVE } from '../look';
import { lastSegments, roleName, serviceAccountOf } from './identityWords';

const DOCS =
  'https://learn.microsoft.com/azure/aks/workload-identity-deploy-cluster';

const List = ({ items }: { items: ReactNode[] }) => (
  <ul style={{ margin: 0, paddingInlineStart: 'var(--bui-space-4)' }}>
    {items.map((item, i) => (
      <li key={i}>
        <Text variant="body-medium">{item}</Text>
      </li>
    ))}
  </ul>
);

/**
 * One identity federated to the entity's service accounts: its client id,
 * the service accounts it trusts, whether their tokens still come from the
 * cluster's issuer, and what it may do in Azure.
 */
export function IdentityBlock(props: {
  identity: FederatedIdentity;
  /** The issuer URL the cluster publishes now. */
  clusterIssuer?: string;
  onRetry: () => void;
}) {
  const { identity, clusterIssuer, onRetry } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  const credentials = identity.federatedCredentials ?? [];
  const mismatched = credentials.filter(c => c.issuerMatches === false);
  const warnings = identity.warnings ?? [];

  // The backend words a mismatch as a finding; one is made here only if it did not.
  const mismatchFinding = (c: FederatedCredential): HealthWarning => {
    const words = {
      credential: c.name,
      identity: identity.name,
      resourceGroup: identity.resourceGroup,
      issuer: c.issuer || t('workloadIdentity.issuerMismatch.unknownIssuer'),
      clusterIssuer:
        clusterIssuer || t('workloadIdentity.issuerMismatch.unknownIssuer'),
      subject: c.subject,
    };
    return {
      code: 'FederatedCredentialIssuerMismatch',
      severity: 'error',
      title: t('workloadIdentity.issuerMismatch.title', words),
      message: t('workloadIdentity.issuerMismatch.message', words),
      remedy: t('workloadIdentity.issuerMismatch.remedy', words),
      docsUrl: DOCS,
    };
  };
  const findings = warnings.some(
    w => w.code === 'FederatedCredentialIssuerMismatch',
  )
    ? warnings
    : [...warnings, ...mismatched.map(mismatchFinding)];

  let issuerText: ReactNode = '—';
  if (mismatched.length > 0) {
    issuerText = (
      <Text variant="body-medium" style={NEGATIVE}>
        {t('workloadIdentity.issuerMismatchShort')}
      </Text>
    );
  } else if (credentials.length > 0) {
    issuerText = t('workloadIdentity.issuerMatches', {
      count: credentials.length,
    });
  }

  const roles = identity.roleAssignments ?? [];
  let rolesValue: ReactNode = t('workloadIdentity.noRoles');
  if (identity.roleAssignmentsError) {
    rolesValue = t('workloadIdentity.unknown');
  } else if (roles.length > 0) {
    rolesValue = (
      <List
        items={roles.map(r =>
          t('workloadIdentity.roleOnScope', {
            role: <span title={r.roleDefinitionId}>{roleName(r)}</span>,
            scope: <span title={r.scope}>{lastSegments(r.scope)}</span>,
          }),
        )}
      />
    );
  }

  return (
    <div
      role="group"
      aria-label={t('workloadIdentity.identityLabel', { name: identity.name })}
    >
      <Flex direction="column" gap="2">
        <Flex align="baseline" gap="2">
          <Text as="h4" variant="body-medium" weight="bold">
            {identity.name}
          </Text>
          <Text variant="body-small" style={MUTED}>
            {t('workloadIdentity.resourceGroup', {
              resourceGroup: identity.resourceGroup,
            })}
          </Text>
        </Flex>
        <Facts
          label={t('workloadIdentity.identityFacts', { name: identity.name })}
          facts={[
            [
              t('workloadIdentity.clientId'),
              identity.clientId ? (
                <CopyValue
                  value={identity.clientId}
                  label={t('workloadIdentity.clientIdOf', {
                    name: identity.name,
                  })}
                  mono
                />
              ) : (
                t('workloadIdentity.unknown')
              ),
            ],
            [
              t('workloadIdentity.serviceAccounts'),
              credentials.length > 0 ? (
                <List items={credentials.map(serviceAccountOf)} />
              ) : (
                t('workloadIdentity.noServiceAccounts')
              ),
            ],
            [t('workloadIdentity.issuer'), issuerText],
            [t('workloadIdentity.roles'), rolesValue],
          ]}
        />
        <Findings
          warnings={findings}
          severities={['error', 'warning', 'info']}
          label={t('workloadIdentity.problemsLabel', { name: identity.name })}
        />
        {identity.roleAssignmentsError && (
          <ErrorAlert
            error={readErrorText(identity.roleAssignmentsError, {
              couldNotRead: t('workloadIdentity.rolesError'),
              notAllowed: t('workloadIdentity.rolesError'),
              notFound: t('workloadIdentity.rolesError'),
              azureUnavailable: t('workloadIdentity.rolesError'),
            })}
            onRetry={onRetry}
          />
        )}
      </Flex>
    </div>
  );
}
