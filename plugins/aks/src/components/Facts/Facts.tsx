import { ReactNode } from 'react';
import { Text } from '@backstage/ui';
import { MUTED } from '../look';

/** Label and value pairs, in as many columns as fit. */
export type FactList = Array<[label: string, value: ReactNode]>;

/** A block of facts, as the Azure portal's Essentials: labels above their values. */
export function Facts(props: { facts: FactList; label: string }) {
  return (
    <dl
      aria-label={props.label}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
        gap: 'var(--bui-space-3) var(--bui-space-6)',
        margin: 0,
      }}
    >
      {props.facts.map(([label, value]) => (
        <div key={label} style={{ minWidth: 0 }}>
          <dt>
            <Text variant="body-small" style={MUTED}>
              {label}
            </Text>
          </dt>
          <dd style={{ margin: 0, minWidth: 0 }}>
            {typeof value === 'string' ? (
              <Text variant="body-medium">{value}</Text>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
