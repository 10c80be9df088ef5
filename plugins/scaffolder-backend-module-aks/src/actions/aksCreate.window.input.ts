import { MAINTENANCE_WEEK_DAYS } from '@aks-backstage/plugin-aks-common';
import { Zod } from '../lib/actionInput';

export const WEEKDAYS = MAINTENANCE_WEEK_DAYS;

// 00:00 to 23:59, as AKS takes a window's start.
const START_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// -14:00 to +14:00, as the AKS backend of this project takes them.
const UTC_OFFSET = /^[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)$/;

/** The weekly window in which AKS may upgrade the cluster by itself. */
export const autoUpgradeWindowInput = (z: Zod) =>
  z
    .object({
      dayOfWeek: z.enum(WEEKDAYS).default('Sunday'),
      startTime: z
        .string()
        .regex(START_TIME, 'must be a time from 00:00 to 23:59 (HH:mm)')
        .default('00:00')
        .describe('When the window opens, in utcOffset'),
      utcOffset: z
        .string()
        .regex(
          UTC_OFFSET,
          'must be an offset from UTC from -14:00 to +14:00, such as +01:00 or -05:30',
        )
        .default('+00:00')
        .describe('The offset from UTC of startTime, such as +01:00'),
      durationHours: z
        .number()
        .int()
        .min(4, 'must be at least 4 hours')
        .max(24, 'must be at most 24 hours')
        .default(4)
        .describe('How long the window stays open: 4 to 24 hours'),
    })
    .strict()
    .default({})
    .describe(
      'When AKS may upgrade the cluster by itself: every week on dayOfWeek, from startTime for durationHours; defaults to Sunday 00:00 UTC for 4 hours. The maintenance configuration aksManagedAutoUpgradeSchedule; none with the none channel',
    );

/** An auto-upgrade window, defaults applied. */
export interface AutoUpgradeWindow {
  dayOfWeek: (typeof WEEKDAYS)[number];
  startTime: string;
  utcOffset: string;
  durationHours: number;
}
