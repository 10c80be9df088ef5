import type { HealthStatus as Status } from '@aks-backstage/plugin-aks-common';
import { DotChip } from './DotChip';

/** Each health status with its word and the colour Backstage users read it by. */
export const HEALTH_LOOK: Record<Status, { label: string; color: string }> = {
  healthy: { label: 'Healthy', color: 'var(--bui-fg-positive)' },
  degraded: { label: 'Degraded', color: 'var(--bui-fg-warning)' },
  unhealthy: { label: 'Unhealthy', color: 'var(--bui-fg-negative)' },
  updating: { label: 'Updating', color: 'var(--bui-fg-announcement)' },
  stopped: { label: 'Stopped', color: 'var(--bui-fg-secondary)' },
  unknown: { label: 'Unknown', color: 'var(--bui-fg-secondary)' },
};

/**
 * A cluster's health, or what is happening to it right now ("Stopping…"), as
 * a chip with a dot of its colour and a word.
 */
export function HealthStatus(props: { status: Status; label?: string }) {
  const look = HEALTH_LOOK[props.status] ?? HEALTH_LOOK.unknown;
  const label = props.label ?? look.label;
  return (
    <DotChip role="status" aria-label={`Health: ${label}`} color={look.color}>
      {label}
    </DotChip>
  );
}
