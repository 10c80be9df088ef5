import type { HealthStatus as Status } from '@aks-backstage/plugin-aks-common';

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
    <span
      role="status"
      aria-label={`Health: ${label}`}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '2px 10px',
        border: '1px solid var(--bui-border-2)',
        borderRadius: 999,
        whiteSpace: 'nowrap',
        fontSize: 'var(--bui-font-size-3)',
        color: 'var(--bui-fg-primary)',
      }}
    >
      <span
        aria-hidden
        style={{
          width: 10,
          height: 10,
          borderRadius: '50%',
          background: look.color,
          flexShrink: 0,
        }}
      />
      {label}
    </span>
  );
}
