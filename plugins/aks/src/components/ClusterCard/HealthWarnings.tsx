import { Flex, Link, Text } from '@backstage/ui';
import type { HealthWarning } from '@aks-backstage/plugin-aks-common';

const SEVERITY_LABEL = {
  error: 'Problem',
  warning: 'Warning',
  info: 'Note',
} as const;

/** Every finding of the health model: what is wrong, what to do, where Azure explains it. */
export function HealthWarnings({ warnings }: { warnings: HealthWarning[] }) {
  if (warnings.length === 0) {
    return <Text variant="body-medium">Nothing to report.</Text>;
  }
  return (
    <ul aria-label="Health findings" style={{ margin: 0, paddingLeft: 20 }}>
      {warnings.map(w => (
        <li key={`${w.code}:${w.nodePool ?? ''}`} data-code={w.code}>
          <Flex direction="column" gap="1">
            <Text variant="body-medium">
              <strong>
                {SEVERITY_LABEL[w.severity]}: {w.title}.
              </strong>{' '}
              {w.message}
            </Text>
            <Text variant="body-small" color="secondary">
              What to do: {w.remedy}{' '}
              <Link href={w.docsUrl} target="_blank" rel="noopener">
                Learn more
              </Link>
            </Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
