import type { CSSProperties } from 'react';

/** About how wide a character of a 12 px label is, to tell whether it fits in its bar. */
const CHAR_WIDTH = 6.5;
const PAD = 6;

/**
 * The caption of a timeline bar: inside the bar's end when the bar is long
 * enough, in the card's colour (which `ink` keeps at 4.5:1 against the
 * bar); after the bar otherwise, in the text colour.
 */
export function TimelineLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  style: CSSProperties;
}) {
  const caption = String(props.value ?? '');
  const [x, y, width, height] = [
    props.x,
    props.y,
    props.width,
    props.height,
  ].map(Number);
  const inside = width > caption.length * CHAR_WIDTH + 2 * PAD;
  return (
    <text
      x={inside ? x + width - PAD : x + width + PAD}
      y={y + height / 2}
      dy="0.35em"
      textAnchor={inside ? 'end' : 'start'}
      style={{
        ...props.style,
        ...(inside && { fill: 'var(--bui-bg-neutral-1)', fontWeight: 'bold' }),
      }}
    >
      {caption}
    </text>
  );
}
