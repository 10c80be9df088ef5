import { useCallback, useState } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
} from '@backstage/ui';
import type {
  AksOperationRequest,
  ClusterResponse,
  NodePool,
} from '@aks-backstage/plugin-aks-common';
import { describeOperation } from './describeOperation';
import { ScalePoolForm, UpgradeForm } from './OperationForms';
import { ReadinessFindings } from './ReadinessFindings';
import { useUpgradeReadiness } from './useUpgradeReadiness';

/** What the user asked for: an operation to confirm, or a form that makes one. */
export type OperationAsk =
  | { form: 'none'; request: AksOperationRequest }
  | { form: 'upgradeCluster' }
  | { form: 'upgradePool'; pool: NodePool }
  | { form: 'scalePool'; pool: NodePool };

function formTitle(ask: OperationAsk, cluster: ClusterResponse): string {
  switch (ask.form) {
    case 'upgradeCluster':
      return `Upgrade ${cluster.name}`;
    case 'upgradePool':
      return `Upgrade node pool ${ask.pool.name}`;
    case 'scalePool':
      return `Scale node pool ${ask.pool.name}`;
    default:
      return describeOperation(cluster, ask.request).title;
  }
}

function poolUpgrades(cluster: ClusterResponse, pool: NodePool) {
  return (
    cluster.upgrades.agentPoolProfiles.find(p => p.name === pool.name)
      ?.upgrades ?? []
  );
}

/**
 * Says what an operation will do before it starts; for an upgrade or a
 * scale, it first asks for the version or the node counts. An upgrade of
 * the cluster shows its readiness, and waits for the user to accept
 * blocking findings.
 */
export function OperationDialog(props: {
  cluster: ClusterResponse;
  entityRef: string;
  ask?: OperationAsk;
  onConfirm: (request: AksOperationRequest) => void;
  onCancel: () => void;
}) {
  const { cluster, ask, onConfirm, onCancel } = props;
  const [request, setRequest] = useState<AksOperationRequest>();
  const [shownAsk, setShownAsk] = useState<OperationAsk>();
  const [confirmed, setConfirmed] = useState(false);
  if (ask !== shownAsk) {
    // Reset during render, so that the forms' first choice (set in their effects) is kept.
    setShownAsk(ask);
    setRequest(ask?.form === 'none' ? ask.request : undefined);
    setConfirmed(false);
  }
  const pool = ask && 'pool' in ask ? ask.pool.name : undefined;
  const upgradeCluster = useCallback(
    (kubernetesVersion: string, controlPlaneOnly: boolean) => {
      setRequest({
        kind: 'upgradeControlPlane',
        kubernetesVersion,
        ...(controlPlaneOnly ? { controlPlaneOnly } : {}),
      });
      setConfirmed(false);
    },
    [],
  );
  const checked =
    ask?.form === 'upgradeCluster' && request?.kind === 'upgradeControlPlane'
      ? request
      : undefined;
  const readiness = useUpgradeReadiness(
    cluster,
    props.entityRef,
    checked?.kubernetesVersion,
    !!checked?.controlPlaneOnly,
  );
  const mustConfirm = !!checked && !!readiness.readiness?.blocking;
  const waiting = !!checked && readiness.loading;
  const upgradePool = useCallback(
    (kubernetesVersion: string) =>
      pool &&
      setRequest({
        kind: 'upgradeNodePool',
        nodePool: pool,
        kubernetesVersion,
      }),
    [pool],
  );
  const description = request && describeOperation(cluster, request);
  return (
    <Dialog
      isOpen={!!ask}
      onOpenChange={open => !open && onCancel()}
      isDismissable
    >
      {ask && (
        <>
          <DialogHeader>{formTitle(ask, cluster)}</DialogHeader>
          <DialogBody>
            <Flex direction="column" gap="3">
              {ask.form === 'upgradeCluster' && (
                <UpgradeForm
                  upgrades={cluster.upgrades.controlPlaneProfile.upgrades}
                  onChange={upgradeCluster}
                  withControlPlaneOnly
                />
              )}
              {ask.form === 'upgradePool' && (
                <UpgradeForm
                  upgrades={poolUpgrades(cluster, ask.pool)}
                  onChange={upgradePool}
                />
              )}
              {ask.form === 'scalePool' && (
                <ScalePoolForm pool={ask.pool} onChange={setRequest} />
              )}
              {description && (
                <Text as="p" variant="body-medium">
                  {description.consequences}
                </Text>
              )}
              {checked && (
                <ReadinessFindings
                  version={checked.kubernetesVersion}
                  {...readiness}
                  confirmed={confirmed}
                  onConfirmedChange={setConfirmed}
                />
              )}
            </Flex>
          </DialogBody>
          <DialogFooter>
            <Button variant="secondary" onPress={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              isDisabled={!request || waiting || (mustConfirm && !confirmed)}
              onPress={() =>
                request &&
                onConfirm(
                  checked && mustConfirm
                    ? { ...checked, confirmFindings: true }
                    : request,
                )
              }
            >
              {description?.confirmLabel ?? 'Confirm'}
            </Button>
          </DialogFooter>
        </>
      )}
    </Dialog>
  );
}
