import { Fragment } from 'react';
import { Link } from '@backstage/ui';
import { CopyValue } from '../CopyValue/CopyValue';

/** `code` in backticks, and http(s) URLs. */
const PARTS = /(`[^`]+`|https?:\/\/[^\s)]+[^\s).,;])/g;

/**
 * Text of the health model or of Azure: commands in backticks become
 * copyable code, URLs become links.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text.split(PARTS).map((part, i) => {
        if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
          const command = part.slice(1, -1);
          return (
            <span
              key={i}
              style={{
                display: 'inline-flex',
                maxWidth: '100%',
                verticalAlign: 'middle',
              }}
            >
              <CopyValue value={command} label="command" mono />
            </span>
          );
        }
        if (/^https?:\/\//.test(part)) {
          return (
            <Link key={i} href={part} target="_blank" rel="noopener">
              {part}
            </Link>
          );
        }
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
