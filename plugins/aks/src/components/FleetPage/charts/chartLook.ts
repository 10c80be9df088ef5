import type { CSSProperties } from 'react';
import type { SupportStatus } from '@aks-backstage/plugin-aks-common';
import { MUTED } from '../../look';

/** Backstage UI's status colours, by their current (0.20) token names. */
export type Tone =
  | 'positive'
  | 'warning'
  | 'negative'
  | 'announcement'
  | 'secondary';

/**
 * A status colour drawn as a shape: some of the text colour mixed in darkens
 * it on light cards and lightens it on dark ones. Against the card that
 * keeps 4:1 or more in both themes (`--bui-fg-warning` alone is 2.5:1 on
 * white), and a caption in the card's colour on a positive, warning or
 * announcement bar 4.5:1 or more.
 */
export const ink = (tone: Tone) =>
  `color-mix(in srgb, var(--bui-fg-${tone}) 65%, var(--bui-fg-primary))`;

export const SUPPORT_TONE: Record<SupportStatus, Tone> = {
  supported: 'positive',
  'lts-only': 'warning',
  'out-of-support': 'negative',
  unknown: 'secondary',
};

/** Axis words: legible on a card in both themes. */
export const AXIS_TICK = {
  style: { fill: MUTED.color, fontSize: 12 },
} as const;

/** Bar value labels: the text colour of the card. */
export const VALUE_LABEL: CSSProperties = {
  fill: 'var(--bui-fg-primary)',
  fontSize: 12,
};

/** Chart height inside a card, so that a row of three cards stays about 200 px tall. */
export const CHART_HEIGHT = 120;
