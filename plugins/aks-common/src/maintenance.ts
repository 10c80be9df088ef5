import type { components } from './schema/openapi.generated';

type WeekDay = components['schemas']['MaintenanceWeekDay'];
type WeekIndex = NonNullable<
  components['schemas']['MaintenanceWindowInput']['schedule']['relativeMonthly']
>['weekIndex'];

/**
 * The days a maintenance schedule names, Sunday first as ARM's `WeekDay`
 * (.NET's `DayOfWeek`) orders them.
 *
 * @public
 */
export const MAINTENANCE_WEEK_DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const satisfies readonly WeekDay[];

/**
 * The weeks of the month a relative monthly maintenance schedule names, in
 * month order.
 *
 * @public
 */
export const MAINTENANCE_WEEK_INDEXES = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Last',
] as const satisfies readonly WeekIndex[];
