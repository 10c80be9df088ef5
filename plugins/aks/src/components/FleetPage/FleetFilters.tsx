import { Flex, SearchField, Select } from '@backstage/ui';
import {
  HEALTH_STATUSES,
  SubscriptionList,
  SupportStatus,
} from '@aks-backstage/plugin-aks-common';
import { HEALTH_LOOK } from '../HealthStatus/HealthStatus';
import { SUPPORT_LABEL } from './charts/fleetFigures';
import type { FleetFilter } from './useFleet';

/** The option that clears a filter. */
const ANY = 'any';

const HEALTH_OPTIONS = [
  { value: ANY, label: 'Any health' },
  ...HEALTH_STATUSES.map(s => ({ value: s, label: HEALTH_LOOK[s].label })),
];

const SUPPORT_OPTIONS = [
  { value: ANY, label: 'Any support' },
  ...(Object.keys(SUPPORT_LABEL) as SupportStatus[]).map(s => ({
    value: s,
    label: SUPPORT_LABEL[s],
  })),
];

const MAINTENANCE_OPTIONS = [
  { value: ANY, label: 'Any maintenance' },
  {
    value: 'auto-upgrade-without-window',
    label: 'Auto-upgrade without a window',
  },
];

const chosen = (key: unknown) =>
  key === null || key === ANY ? undefined : String(key);

/** Search within the clusters read, and filters the backend applies. */
export function FleetFilters(props: {
  search: string;
  onSearchChange: (search: string) => void;
  filter: FleetFilter;
  onFilterChange: (filter: FleetFilter) => void;
  subscriptions: SubscriptionList['items'];
}) {
  const { filter } = props;
  const change = (update: Partial<FleetFilter>) =>
    props.onFilterChange({ ...filter, ...update });
  return (
    <Flex gap="2" align="end" style={{ flexWrap: 'wrap' }}>
      <SearchField
        label="Search clusters"
        value={props.search}
        onChange={props.onSearchChange}
      />
      <Select
        label="Health"
        options={HEALTH_OPTIONS}
        value={filter.health ?? ANY}
        onChange={key =>
          change({ health: chosen(key) as FleetFilter['health'] })
        }
      />
      <Select
        label="Support"
        options={SUPPORT_OPTIONS}
        value={filter.supportStatus ?? ANY}
        onChange={key =>
          change({
            supportStatus: chosen(key) as FleetFilter['supportStatus'],
          })
        }
      />
      <Select
        label="Subscription"
        options={[
          { value: ANY, label: 'Any subscription' },
          ...props.subscriptions.map(s => ({
            value: s.subscriptionId,
            label: s.displayName ?? s.subscriptionId,
          })),
        ]}
        value={filter.subscriptionId ?? ANY}
        onChange={key => change({ subscriptionId: chosen(key) })}
      />
      <Select
        label="Maintenance"
        options={MAINTENANCE_OPTIONS}
        value={filter.maintenance ?? ANY}
        onChange={key =>
          change({ maintenance: chosen(key) as FleetFilter['maintenance'] })
        }
      />
    </Flex>
  );
}
