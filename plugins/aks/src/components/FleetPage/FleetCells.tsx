import type { CSSProperties } from 'react';
import { Cell, Text } from '@backstage/ui';
import type { ClusterSummary } from '@aks-backstage/plugin-aks-common';
import { worstFinding } from '../describe/cluster';
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
