/**
 * Text quieter than the body that stays legible (WCAG AA) on Backstage UI's
 * cards in both themes: `--bui-fg-secondary` is 4.0:1 on a dark card.
 */
export const MUTED = {
  color: 'color-mix(in srgb, var(--bui-fg-primary) 72%, transparent)',
} as const;
