import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import { ClusterHealth } from '@aks-backstage/plugin-aks-common';

const indicators = {
  healthy: StatusOK,
  degraded: StatusWarning,
  unhealthy: StatusError,
  updating: StatusRunning,
  stopped: StatusAborted,
  unknown: StatusPending,
} as const;

/** A cluster's health status with the colour Backstage users know. */
export const HealthStatus = ({ health }: { health: ClusterHealth }) => {
  const Indicator = indicators[health.status];
  return <Indicator>{health.status}</Indicator>;
};
