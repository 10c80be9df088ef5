import { ReactNode, useState } from 'react';
import { Button, Flex, NumberField, Select, Text } from '@backstage/ui';
import type {
  AksOperationRequest,
  ClusterResponse,
  NodePool,
} from '@aks-backstage/plugin-aks-common';
import { ConfirmOperationDialog } from './ConfirmOperationDialog';
import { OperationProgress } from './OperationProgress';
import { useClusterOperation } from './useClusterOperation';

type Ask = (request: AksOperationRequest) => void;

/** Keeps a form field to a readable width beside its button. */
const Field = ({ children }: { children: ReactNode }) => (
  <div style={{ width: '14rem' }}>{children}</div>
);

function ControlPlaneUpgrade(props: {
  cluster: ClusterResponse;
  busy: boolean;
  ask: Ask;
}) {
  const options = props.cluster.upgrades.controlPlaneProfile.upgrades.map(
    u => ({ value: u.kubernetesVersion, label: u.kubernetesVersion }),
  );
  const [version, setVersion] = useState<string>();
  if (options.length === 0) return null;
  return (
    <Flex align="end" gap="2" style={{ flexWrap: 'wrap' }}>
      <Field>
        <Select
          label="Upgrade the control plane to"
          options={options}
          value={version ?? null}
          onChange={key => setVersion(key ? String(key) : undefined)}
        />
      </Field>
      <Button
        isDisabled={props.busy || !version}
        onPress={() =>
          props.ask({
            kind: 'upgradeControlPlane',
            kubernetesVersion: version!,
          })
        }
      >
        Upgrade control plane…
      </Button>
    </Flex>
  );
}

function PoolOperations(props: {
  cluster: ClusterResponse;
  pool: NodePool;
  busy: boolean;
  ask: Ask;
}) {
  const { cluster, pool, busy, ask } = props;
  const profile = cluster.upgrades.agentPoolProfiles.find(
    p => p.name === pool.name,
  );
  const options = (profile?.upgrades ?? []).map(u => ({
    value: u.kubernetesVersion,
    label: u.kubernetesVersion,
  }));
  const [version, setVersion] = useState<string>();
  const [count, setCount] = useState(pool.count);
  const [min, setMin] = useState(pool.minCount ?? 1);
  const [max, setMax] = useState(pool.maxCount ?? pool.count);
  const imageBehind =
    !!pool.latestNodeImageVersion &&
    pool.nodeImageVersion !== pool.latestNodeImageVersion;
  return (
    <Flex direction="column" gap="2" aria-label={`Node pool ${pool.name}`}>
      <Text as="h5" variant="body-medium" weight="bold">
        Node pool {pool.name}
      </Text>
      <Flex align="end" gap="2" style={{ flexWrap: 'wrap' }}>
        {options.length > 0 && (
          <>
            <Field>
              <Select
                label={`Upgrade ${pool.name} to`}
                options={options}
                value={version ?? null}
                onChange={key => setVersion(key ? String(key) : undefined)}
              />
            </Field>
            <Button
              isDisabled={busy || !version}
              onPress={() =>
                ask({
                  kind: 'upgradeNodePool',
                  nodePool: pool.name,
                  kubernetesVersion: version!,
                })
              }
            >
              Upgrade pool…
            </Button>
          </>
        )}
        {imageBehind && (
          <Button
            variant="secondary"
            isDisabled={busy}
            onPress={() =>
              ask({ kind: 'upgradeNodeImage', nodePool: pool.name })
            }
          >
            Upgrade node image of {pool.name}…
          </Button>
        )}
      </Flex>
      {pool.enableAutoScaling ? (
        <Flex align="end" gap="2" style={{ flexWrap: 'wrap' }}>
          <Field>
            <NumberField
              label={`Minimum nodes of ${pool.name}`}
              minValue={0}
              maxValue={1000}
              value={min}
              onChange={setMin}
            />
          </Field>
          <Field>
            <NumberField
              label={`Maximum nodes of ${pool.name}`}
              minValue={0}
              maxValue={1000}
              value={max}
              onChange={setMax}
            />
          </Field>
          <Button
            variant="secondary"
            isDisabled={busy || min > max}
            onPress={() =>
              ask({
                kind: 'scaleNodePool',
                nodePool: pool.name,
                minCount: min,
                maxCount: max,
              })
            }
          >
            Set autoscaler range…
          </Button>
        </Flex>
      ) : (
        <Flex align="end" gap="2" style={{ flexWrap: 'wrap' }}>
          <Field>
            <NumberField
              label={`Nodes of ${pool.name}`}
              minValue={0}
              maxValue={1000}
              value={count}
              onChange={setCount}
            />
          </Field>
          <Button
            variant="secondary"
            isDisabled={busy || count === pool.count}
            onPress={() =>
              ask({ kind: 'scaleNodePool', nodePool: pool.name, count })
            }
          >
            Scale {pool.name}…
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

/** Start, stop, upgrade and scale a cluster, each after a confirmation. */
export function ClusterOperations(props: {
  cluster: ClusterResponse;
  entityRef: string;
  onChanged: () => void;
  pollMs?: number;
}) {
  const { cluster } = props;
  const [asked, setAsked] = useState<AksOperationRequest>();
  const { start, busy, ...progress } = useClusterOperation({
    cluster,
    entityRef: props.entityRef,
    onEnded: props.onChanged,
    pollMs: props.pollMs,
  });
  const stopped = cluster.powerState === 'Stopped';
  return (
    <Flex direction="column" gap="3" aria-label="Operations">
      <Text as="h4" variant="title-x-small">
        Operations
      </Text>
      <OperationProgress {...progress} />
      <Flex gap="2">
        <Button
          variant="secondary"
          destructive={!stopped}
          isDisabled={busy}
          onPress={() => setAsked({ kind: stopped ? 'start' : 'stop' })}
        >
          {stopped ? 'Start cluster…' : 'Stop cluster…'}
        </Button>
      </Flex>
      {!stopped && (
        <>
          <ControlPlaneUpgrade cluster={cluster} busy={busy} ask={setAsked} />
          {cluster.nodePools.map(pool => (
            <PoolOperations
              key={pool.name}
              cluster={cluster}
              pool={pool}
              busy={busy}
              ask={setAsked}
            />
          ))}
        </>
      )}
      <ConfirmOperationDialog
        cluster={cluster}
        request={asked}
        onCancel={() => setAsked(undefined)}
        onConfirm={request => {
          setAsked(undefined);
          start(request);
        }}
      />
    </Flex>
  );
}
