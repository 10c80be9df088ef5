import { useState } from 'react';
import { ButtonIcon, Flex, Text } from '@backstage/ui';

const CopyIcon = () => (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    aria-hidden
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
  >
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15V5a2 2 0 0 1 2-2h10" />
  </svg>
);

/**
 * A long value on one line: cut short with its whole text on hover, and a
 * button that copies it.
 */
export function CopyValue(props: {
  value: string;
  label: string;
  mono?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <Flex align="center" gap="1" style={{ minWidth: 0 }}>
      <Text
        variant="body-medium"
        truncate
        title={props.value}
        style={{
          minWidth: 0,
          fontFamily: props.mono
            ? 'var(--bui-font-monospace, monospace)'
            : undefined,
        }}
      >
        {props.value}
      </Text>
      <ButtonIcon
        size="small"
        variant="tertiary"
        aria-label={copied ? `${props.label} copied` : `Copy ${props.label}`}
        icon={<CopyIcon />}
        onPress={async () => {
          await navigator.clipboard?.writeText(props.value);
          setCopied(true);
        }}
      />
    </Flex>
  );
}
