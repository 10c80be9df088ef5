import { Flex, Text } from '@backstage/ui';
import type { Freshness } from '@aks-backstage/plugin-aks-common';
import { formatTime } from '../describe/dates';
import { count } from '../describe/terms';
import { MUTED } from '../look';

/** "1 of 11 clusters": the rows shown after search and filters, of the whole fleet. */
export function FleetCount(props: {
  shown: number;
  total?: number;
  loading: boolean;
  freshness?: Freshness;
}) {
  return (
    <Flex align="baseline" gap="2" style={{ flexWrap: 'wrap' }}>
      <Text variant="body-medium" weight="bold" role="status">
        {props.total === undefined
          ? 'Reading the fleet…'
          : `${props.shown} of ${count(props.total, 'cluster')}${
              props.loading ? ', reading the rest…' : ''
            }`}
      </Text>
      {props.freshness && (
        <Text variant="body-small" style={MUTED}>
          Read from Azure {formatTime(props.freshness.fetchedAt)}
        </Text>
      )}
    </Flex>
  );
}
