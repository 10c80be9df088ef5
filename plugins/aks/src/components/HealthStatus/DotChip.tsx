import type { HTMLAttributes, ReactNode } from 'react';

/** A chip with a dot of a status colour and its word: health, compliance. */
export function DotChip({
  color,
  children,
  ...props
}: { color: string; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      {...props}
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
          background: color,
          flexShrink: 0,
        }}
      />
      {children}
    </span>
  );
}
