import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import type { ClusterHealth } from '@aks-backstage/plugin-aks-common';

const indicators = {
  healthy: StatusOK,
  degraded: StatusWarning,
  unhealthy: StatusError,
  updating: StatusRunning,
  stopped: StatusAborted,
  unknown: StatusPending,
} as const;

const LABELS = {
  healthy: 'Healthy',
  degraded: 'Degraded',
  unhealthy: 'Unhealthy',
  updating: 'Updating',
  stopped: 'Stopped',
  unknown: 'Unknown',
} as const;

/** A cluster's health status with the colour Backstage users know. */
export const HealthStatus = ({ health }: { health: ClusterHealth }) => {
  const Indicator = indicators[health.status];
  return (
    <span role="status" aria-label={`Health: ${LABELS[health.status]}`}>
      <Indicator>{LABELS[health.status]}</Indicator>
    </span>
  );
};
