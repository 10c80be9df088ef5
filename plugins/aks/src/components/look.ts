/**
 * Text quieter than the body that stays legible (WCAG AA) on Backstage UI's
 * cards in both themes: `--bui-fg-secondary` is 4.0:1 on a dark card.
 */
export const MUTED = {
  color: 'color-mix(in srgb, var(--bui-fg-primary) 72%, transparent)',
} as const;

/**
 * Text that says something is wrong, legible (WCAG AA) in both themes:
 * `--bui-fg-negative` alone is 3.9:1 on a light card and less on a dark
 * one, so it is mixed half and half with the body colour: darker in light,
 * lighter in dark, above 4.5:1 in both as axe-core measures it.
 */
export const NEGATIVE = {
  color:
    'color-mix(in srgb, var(--bui-fg-negative) 50%, var(--bui-fg-primary))',
} as const;
