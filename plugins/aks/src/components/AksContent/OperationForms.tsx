import { useEffect, useState } from 'react';
import { Flex, NumberField, Select, Switch } from '@backstage/ui';
import type {
  AksOperationRequest,
  AvailableUpgrade,
  NodePool,
} from '@aks-backstage/plugin-aks-common';

/** Stable versions newest first, then previews, each preview marked. */
export function versionOptions(upgrades: AvailableUpgrade[]) {
  const newestFirst = [...upgrades].sort((a, b) =>
    b.kubernetesVersion.localeCompare(a.kubernetesVersion, 'en', {
      numeric: true,
    }),
  );
  return [
    ...newestFirst.filter(u => !u.isPreview),
    ...newestFirst.filter(u => u.isPreview),
  ].map(u => ({
    value: u.kubernetesVersion,
    label: `${u.kubernetesVersion}${u.isPreview ? ' (preview)' : ''}`,
  }));
}

/** The version to upgrade to, the newest stable one chosen to begin with. */
export function UpgradeForm(props: {
  upgrades: AvailableUpgrade[];
  onChange: (version: string, controlPlaneOnly: boolean) => void;
  withControlPlaneOnly?: boolean;
}) {
  const options = versionOptions(props.upgrades);
  const [version, setVersion] = useState(options[0]?.value);
  const [controlPlaneOnly, setControlPlaneOnly] = useState(false);
  const { onChange } = props;
  useEffect(() => {
    if (version) onChange(version, controlPlaneOnly);
  }, [version, controlPlaneOnly, onChange]);
  return (
    <Flex direction="column" gap="3">
      <Select
        label="Kubernetes version"
        options={options}
        value={version ?? null}
        onChange={key => key && setVersion(String(key))}
      />
      {props.withControlPlaneOnly && (
        <Switch
          label="Control plane only: node pools keep their version"
          isSelected={controlPlaneOnly}
          onChange={setControlPlaneOnly}
        />
      )}
    </Flex>
  );
}

const MAX_NODES = 1000;

const countError = (n: number) =>
  Number.isInteger(n) && n >= 0 && n <= MAX_NODES
    ? true
    : `A whole number from 0 to ${MAX_NODES}`;

/** A new node count, or a new autoscaler range for a pool that autoscales; nothing until it changes. */
export function ScalePoolForm(props: {
  pool: NodePool;
  onChange: (request: AksOperationRequest | undefined) => void;
}) {
  const { pool, onChange } = props;
  const [count, setCount] = useState(pool.count);
  const [min, setMin] = useState(pool.minCount ?? 1);
  const [max, setMax] = useState(pool.maxCount ?? pool.count);
  useEffect(() => {
    const nodePool = pool.name;
    if (pool.enableAutoScaling) {
      const valid =
        countError(min) === true && countError(max) === true && min <= max;
      const changed = min !== pool.minCount || max !== pool.maxCount;
      onChange(
        valid && changed
          ? { kind: 'scaleNodePool', nodePool, minCount: min, maxCount: max }
          : undefined,
      );
    } else {
      onChange(
        countError(count) === true && count !== pool.count
          ? { kind: 'scaleNodePool', nodePool, count }
          : undefined,
      );
    }
  }, [pool, count, min, max, onChange]);

  if (!pool.enableAutoScaling) {
    return (
      <NumberField
        label="Nodes"
        description={`Now ${pool.count}`}
        value={count}
        onChange={setCount}
        validate={countError}
        validationBehavior="aria"
      />
    );
  }
  return (
    <Flex gap="3">
      <NumberField
        label="Minimum nodes"
        value={min}
        onChange={setMin}
        validate={countError}
        validationBehavior="aria"
      />
      <NumberField
        label="Maximum nodes"
        value={max}
        onChange={setMax}
        validate={n => (n < min ? 'At least the minimum' : countError(n))}
        validationBehavior="aria"
      />
    </Flex>
  );
}
