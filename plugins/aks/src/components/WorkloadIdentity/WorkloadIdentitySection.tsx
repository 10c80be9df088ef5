import { Flex, Text } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type {
  ClusterResponse,
  ClusterWorkloadIdentity,
  EntityWorkloadIdentities,
  HealthWarning,
} from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { CopyValue } from '../CopyValue/CopyValue';
import { ErrorAlert } from '../EntityClusters/ErrorAlert';
import { readErrorText, requestErrorText } from '../EntityClusters/errorText';
import { clusterItem, EntityRead } from '../EntityClusters/useEntityRead';
import { Facts } from '../Facts/Facts';
import { Findings } from '../Findings/Findings';
import { MUTED } from '../look';
import { StaleNotice } from '../StaleNotice/StaleNotice';
import { IdentityBlock } from './IdentityBlock';

const DOCS =
  'https://learn.microsoft.com/azure/aks/workload-identity-deploy-cluster';

/**
 * Whether pods of the entity can reach Azure as a managed identity on one
 * cluster: the cluster's workload identity and OIDC issuer, then each
 * identity federated to the entity's service accounts.
 */
export function WorkloadIdentitySection(props: {
  cluster: ClusterResponse;
  read: EntityRead<EntityWorkloadIdentities>;
}) {
  const { cluster, read } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  const quiet = (text: string) => (
    <Text variant="body-medium" style={MUTED}>
      {text}
    </Text>
  );

  if (read.error) {
    return (
      <ErrorAlert error={requestErrorText(read.error)} onRetry={read.retry} />
    );
  }
  if (!read.value) return quiet(t('workloadIdentity.loading'));
  const item = clusterItem(read.value.items, cluster.id);
  if (!item) return quiet(t('workloadIdentity.notRead'));
  if (item.error) {
    return (
      <ErrorAlert
        error={readErrorText(item.error, {
          couldNotRead: t('workloadIdentity.couldNotRead'),
          notAllowed: t('readError.notAllowed'),
          notFound: t('readError.notFound'),
          azureUnavailable: t('readError.azureUnavailable'),
        })}
        onRetry={read.retry}
      />
    );
  }

  const settings: ClusterWorkloadIdentity | undefined =
    item.workloadIdentity ?? cluster.workloadIdentity;
  const onOff = (on: boolean | undefined) => {
    if (on === undefined) return t('workloadIdentity.unknown');
    return on ? t('workloadIdentity.on') : t('workloadIdentity.off');
  };
  const warnings = item.warnings ?? [];
  // The backend words this as a finding; one is made here only if it did not.
  const withoutIssuer: HealthWarning[] =
    settings?.workloadIdentityEnabled &&
    settings.oidcIssuerEnabled === false &&
    !warnings.some(w => w.code === 'WorkloadIdentityWithoutOidcIssuer')
      ? [
          {
            code: 'WorkloadIdentityWithoutOidcIssuer',
            severity: 'error',
            title: t('workloadIdentity.withoutIssuer.title'),
            message: t('workloadIdentity.withoutIssuer.message'),
            remedy: t('workloadIdentity.withoutIssuer.remedy', {
              resourceGroup: cluster.resourceGroup,
              cluster: cluster.name,
            }),
            docsUrl: DOCS,
          },
        ]
      : [];
  const identities = item.identities ?? [];
  const namespace = read.value.namespace || '—';

  return (
    <Flex direction="column" gap="3">
      {item.stale && item.fetchedAt && (
        <StaleNotice fetchedAt={item.fetchedAt} />
      )}
      <Facts
        label={t('workloadIdentity.settingsLabel', { cluster: cluster.name })}
        facts={[
          [
            t('workloadIdentity.workloadIdentity'),
            onOff(settings?.workloadIdentityEnabled),
          ],
          [
            t('workloadIdentity.oidcIssuer'),
            settings?.oidcIssuerEnabled && settings.oidcIssuerUrl ? (
              <Flex direction="column" gap="0_5">
                <Text variant="body-medium">{t('workloadIdentity.on')}</Text>
                <CopyValue
                  value={settings.oidcIssuerUrl}
                  label={t('workloadIdentity.issuerUrl')}
                />
              </Flex>
            ) : (
              onOff(settings?.oidcIssuerEnabled)
            ),
          ],
          [t('workloadIdentity.namespace'), namespace],
        ]}
      />
      <Findings
        warnings={[...warnings, ...withoutIssuer]}
        severities={['error', 'warning', 'info']}
        label={t('workloadIdentity.clusterProblemsLabel', {
          cluster: cluster.name,
        })}
      />
      {identities.length === 0 ? (
        <Text variant="body-medium">
          {t('workloadIdentity.empty', { namespace })}
        </Text>
      ) : (
        <Flex
          direction="column"
          gap="4"
          role="list"
          aria-label={t('workloadIdentity.identitiesLabel', {
            namespace,
            cluster: cluster.name,
          })}
        >
          {identities.map(identity => (
            <div role="listitem" key={identity.id}>
              <IdentityBlock
                identity={identity}
                clusterIssuer={settings?.oidcIssuerUrl}
                onRetry={read.retry}
              />
            </div>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
