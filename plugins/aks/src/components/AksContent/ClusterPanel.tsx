import { ReactNode, useId, useState } from 'react';
import { Card, CardBody, Flex, Text } from '@backstage/ui';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  aksClusterMaintenancePermission,
  aksClusterOperatePermission,
  ClusterResponse,
  EntityGitOps,
  EntityWorkloadIdentities,
} from '@aks-backstage/plugin-aks-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { aksTranslationRef } from '../../translation';
import type { EntityRead } from '../EntityClusters/useEntityRead';
import { Findings } from '../Findings/Findings';
import { GitOpsSection } from '../GitOps';
import { WorkloadIdentitySection } from '../WorkloadIdentity';
import { NodePoolTable } from '../NodePoolsCard/NodePoolTable';
import { ClusterActions } from './ClusterActions';
import { ClusterHeader } from './ClusterHeader';
import { activityLabel } from './describeOperation';
import { Essentials } from './Essentials';
import { MaintenanceSection } from './MaintenanceSection';
import { NetworkingSection } from './NetworkingSection';
import { OperationAsk, OperationDialog } from './OperationDialog';
import { OperationProgress } from './OperationProgress';
import { PoolActions } from './PoolActions';
import { UpgradesSection } from './UpgradesSection';
import { useClusterOperation } from './useClusterOperation';

const Section = (props: { title: string; children: ReactNode }) => (
  <Flex direction="column" gap="2">
    <Text as="h3" variant="body-large" weight="bold">
      {props.title}
    </Text>
    {props.children}
  </Flex>
);

/** A section of its own landmark, named by its heading, for what concerns the entity on the cluster. */
const Region = (props: { title: string; children: ReactNode }) => {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Flex direction="column" gap="2">
        <Text as="h3" id={headingId} variant="body-large" weight="bold">
          {props.title}
        </Text>
        {props.children}
      </Flex>
    </section>
  );
};

/**
 * One cluster as the Azure portal shows it: the header with its live
 * status, the command bar, problems first, the essentials, then node pools,
 * upgrades, maintenance, the entity's GitOps and workload identity,
 * networking and notes.
 */
export function ClusterPanel(props: {
  cluster: ClusterResponse;
  entityRef: string;
  reload: () => void;
  gitOps: EntityRead<EntityGitOps>;
  identities: EntityRead<EntityWorkloadIdentities>;
  pollMs?: number;
}) {
  const { cluster, entityRef, reload } = props;
  const { t } = useTranslationRef(aksTranslationRef);
  const { allowed: canOperate } = usePermission({
    permission: aksClusterOperatePermission,
    resourceRef: entityRef,
  });
  const { allowed: canSetWindows } = usePermission({
    permission: aksClusterMaintenancePermission,
    resourceRef: entityRef,
  });
  const [asked, setAsked] = useState<OperationAsk>();
  const { start, busy, ...progress } = useClusterOperation({
    cluster,
    entityRef,
    onEnded: reload,
    pollMs: props.pollMs,
  });
  const warnings = cluster.health.warnings;
  return (
    <section aria-label={cluster.name}>
      <Card>
        <CardBody>
          <Flex direction="column" gap="4">
            <ClusterHeader
              cluster={cluster}
              activity={
                busy && progress.request
                  ? activityLabel(progress.request)
                  : undefined
              }
            />
            <ClusterActions
              cluster={cluster}
              busy={busy}
              canOperate={canOperate}
              onRefresh={reload}
              ask={setAsked}
            />
            <OperationProgress {...progress} />
            <Findings
              warnings={warnings}
              severities={['error', 'warning']}
              label={`Problems of ${cluster.name}`}
            />
            <Essentials cluster={cluster} />
            <Section title="Node pools">
              <NodePoolTable
                pools={cluster.nodePools}
                actions={
                  canOperate
                    ? pool => (
                        <PoolActions
                          cluster={cluster}
                          pool={pool}
                          isDisabled={busy || cluster.powerState !== 'Running'}
                          ask={setAsked}
                        />
                      )
                    : undefined
                }
              />
            </Section>
            <Section title="Upgrades">
              <UpgradesSection cluster={cluster} />
            </Section>
            <Section title="Maintenance">
              <MaintenanceSection
                cluster={cluster}
                entityRef={entityRef}
                canSetWindows={canSetWindows}
              />
            </Section>
            <Region title={t('gitOps.title')}>
              <GitOpsSection cluster={cluster} read={props.gitOps} />
            </Region>
            <Region title={t('workloadIdentity.title')}>
              <WorkloadIdentitySection
                cluster={cluster}
                read={props.identities}
              />
            </Region>
            <Section title="Networking">
              <NetworkingSection cluster={cluster} />
            </Section>
            {warnings.some(w => w.severity === 'info') && (
              <Section title="Notes">
                <Findings
                  warnings={warnings}
                  severities={['info']}
                  label={`Notes on ${cluster.name}`}
                />
              </Section>
            )}
          </Flex>
        </CardBody>
      </Card>
      <OperationDialog
        cluster={cluster}
        entityRef={entityRef}
        ask={asked}
        onCancel={() => setAsked(undefined)}
        onConfirm={request => {
          setAsked(undefined);
          start(request);
        }}
      />
    </section>
  );
}
