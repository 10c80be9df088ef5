import type { ReactNode } from 'react';
import { Card, CardBody, CardHeader, Text } from '@backstage/ui';
import { MUTED } from '../../look';

/**
 * A small card holding one chart. The chart is one image to assistive
 * technology, named by a summary of its numbers.
 */
export function ChartCard(props: {
  title: string;
  /** Every number the chart shows, in words. */
  summary: string;
  /** A line under the title: what the chart counts or when it was drawn. */
  caption?: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <Card style={{ height: '100%' }}>
      <CardHeader>
        <Text as="h2" variant="body-medium" weight="bold">
          {props.title}
        </Text>
        {props.caption && (
          <Text as="p" variant="body-small" style={MUTED}>
            {props.caption}
          </Text>
        )}
      </CardHeader>
      <CardBody>
        <div
          role="img"
          aria-label={props.summary}
          style={{ width: '100%', height: props.height }}
        >
          {props.children}
        </div>
      </CardBody>
    </Card>
  );
}
