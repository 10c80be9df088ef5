import { Alert, Flex, Link, Text } from '@backstage/ui';
import type { HealthWarning } from '@aks-backstage/plugin-aks-common';
import { MUTED } from '../look';
import { RichText } from '../RichText/RichText';

const STATUS = { error: 'danger', warning: 'warning', info: 'info' } as const;
const WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;
/** Backstage UI's colour family of each severity, by its current token names. */
const TONE = {
  error: 'negative',
  warning: 'warning',
  info: 'announcement',
} as const;

/** One finding as an alert of its severity: what is wrong, what to do, where Azure explains it. */
export function Finding({ warning }: { warning: HealthWarning }) {
  return (
    <Alert
      status={STATUS[warning.severity]}
      icon
      title={warning.title}
      data-code={warning.code}
      description={
        <Flex direction="column" gap="1">
          <Text variant="body-medium">
            <RichText text={warning.message} />
          </Text>
          <Text variant="body-medium" style={MUTED}>
            What to do: <RichText text={warning.remedy} />{' '}
            <Link href={warning.docsUrl} target="_blank" rel="noopener">
              Learn more
            </Link>
          </Text>
        </Flex>
      }
    />
  );
}

/** The findings of some severities, worst first; nothing when there are none. */
export function Findings(props: {
  warnings: HealthWarning[];
  severities: HealthWarning['severity'][];
  label: string;
}) {
  const shown = props.warnings.filter(w =>
    props.severities.includes(w.severity),
  );
  if (shown.length === 0) return null;
  return (
    <Flex direction="column" gap="2" aria-label={props.label} role="list">
      {shown.map((w, i) => (
        // The same code may come once per node pool or per configuration.
        <div role="listitem" key={`${w.code}:${w.nodePool ?? ''}:${i}`}>
          <Finding warning={w} />
        </div>
      ))}
    </Flex>
  );
}

/** A finding in one coloured line, for summaries: its severity, its title, how many more. */
export function FindingLine(props: { warning: HealthWarning; more?: string }) {
  const tone = TONE[props.warning.severity];
  return (
    <div
      data-code={props.warning.code}
      style={{
        background: `var(--bui-${tone}-bg-subdued)`,
        color: `var(--bui-${tone}-fg-subdued)`,
        borderInlineStart: `3px solid var(--bui-${tone}-border)`,
        borderRadius: 'var(--bui-radius-2)',
        padding: 'var(--bui-space-1) var(--bui-space-2)',
      }}
    >
      <Text variant="body-medium" truncate style={{ color: 'inherit' }}>
        <strong>{WORD[props.warning.severity]}:</strong> {props.warning.title}
        {props.more ? ` ${props.more}` : ''}
      </Text>
    </div>
  );
}
