import type { CSSProperties } from 'react';
import { Cell, Text } from '@backstage/ui';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { isOn } from '../AksContent/maintenanceWords';
import { worstFinding } from '../describe/cluster';
import { formatDate } from '../describe/dates';
import { term } from '../describe/terms';
import { HealthStatus } from '../HealthStatus';
import { MUTED } from '../look';

const STACK: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: 'var(--bui-space-0_5)',
  minWidth: 0,
};

/**
 * A value and quieter lines under it. Unlike `CellText`, nothing is cut
 * off: a line too long for its column wraps. (Not `value`: React Aria
 * gives each cell of a row its column as `value`.)
 */
export function ValueCell(props: { text: string; notes?: string[] }) {
  return (
    <Cell>
      <div style={STACK}>
        <Text variant="body-medium" style={{ overflowWrap: 'anywhere' }}>
          {props.text}
        </Text>
        {props.notes?.map(note => (
          <Text
            key={note}
            variant="body-small"
            style={{ ...MUTED, overflowWrap: 'anywhere' }}
          >
            {note}
          </Text>
        ))}
      </div>
    </Cell>
  );
}

/** Health, and under it the worst problem and how many more there are. */
export function HealthCell({ health }: { health: ClusterSummary['health'] }) {
  const problems = health.warnings.filter(w => w.severity !== 'info');
  const worst = worstFinding(problems);
  return (
    <Cell>
      <div style={STACK}>
        <HealthStatus status={health.status} />
        {worst && (
          <Text variant="body-small" style={MUTED} title={worst.message}>
            {worst.title}
            {problems.length > 1 && ` (+${problems.length - 1} more)`}
          </Text>
        )}
      </div>
    </Cell>
  );
}

/** The auto-upgrade channel in a word: Patch, Stable, Rapid, Node image, Off. */
export function autoUpgradeText(channel: string | undefined): string {
  return isOn(channel) ? term(channel) : 'Off';
}

/**
 * When the auto-upgrade window next opens (UTC, as the fleet's times); a
 * cluster that auto-upgrades without a window says so.
 */
export function NextWindowCell({ cluster }: { cluster: ClusterSummary }) {
  const next = cluster.nextMaintenance;
  if (next) {
    const iso = new Date(next).toISOString();
    return (
      <ValueCell
        text={formatDate(iso).replace(/ /g, '\u00a0')}
        notes={[`${iso.slice(11, 16)} UTC`]}
      />
    );
  }
  return isOn(cluster.upgradeChannel) ? (
    <ValueCell text="No window" notes={['upgrades at any time']} />
  ) : (
    <ValueCell text="—" />
  );
}
