import {
  MAINTENANCE_WEEK_DAYS,
  MAINTENANCE_WEEK_INDEXES,
  MaintenanceWindow,
  MaintenanceWindowInput,
} from '@aks-backstage/plugin-aks-common';
import { localOffset } from './maintenanceTimes';

export const WEEK_DAYS = MAINTENANCE_WEEK_DAYS;
export const WEEK_INDEXES = MAINTENANCE_WEEK_INDEXES;

type WeekDay = (typeof WEEK_DAYS)[number];
type WeekIndex = (typeof WEEK_INDEXES)[number];

/** The kinds of schedule, as the dialog offers them. */
export const SCHEDULE_KINDS = [
  { value: 'weekly', label: 'Weekly' },
  { value: 'daily', label: 'Daily' },
  { value: 'absoluteMonthly', label: 'Monthly, on a date' },
  { value: 'relativeMonthly', label: 'Monthly, on a week day' },
] as const;

export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]['value'];

/** What the dialog's fields hold. */
export interface WindowForm {
  kind: ScheduleKind;
  dayOfWeek: WeekDay;
  intervalWeeks: number;
  intervalDays: number;
  dayOfMonth: number;
  intervalMonths: number;
  weekIndex: WeekIndex;
  startTime: string;
  utcOffset: string;
  durationHours: number;
}

/** The fields a problem can be shown at. */
export type FormField =
  | 'startTime'
  | 'utcOffset'
  | 'durationHours'
  | 'dayOfMonth';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET = /^[+-]((0\d|1[0-3]):[0-5]\d|14:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value?: string) =>
  values.find(v => v.toLowerCase() === value?.toLowerCase());

/**
 * The fields of a window as set, or of a new one: every Sunday from 00:00
 * for 4 hours, in the viewer's offset (so that both times read the same).
 */
export function formOf(current?: MaintenanceWindow): WindowForm {
  const schedule = current?.schedule ?? {};
  const form: WindowForm = {
    kind: 'weekly',
    dayOfWeek: 'Sunday',
    intervalWeeks: 1,
    intervalDays: 1,
    dayOfMonth: 1,
    intervalMonths: 1,
    weekIndex: 'First',
    startTime: current?.startTime ?? '00:00',
    utcOffset: current?.utcOffset ?? localOffset(),
    durationHours: current?.durationHours ?? 4,
  };
  if (schedule.daily) {
    form.kind = 'daily';
    form.intervalDays = schedule.daily.intervalDays ?? 1;
  } else if (schedule.absoluteMonthly) {
    form.kind = 'absoluteMonthly';
    form.intervalMonths = schedule.absoluteMonthly.intervalMonths ?? 1;
    form.dayOfMonth = schedule.absoluteMonthly.dayOfMonth ?? 1;
  } else if (schedule.relativeMonthly) {
    const { intervalMonths, weekIndex, dayOfWeek } = schedule.relativeMonthly;
    form.kind = 'relativeMonthly';
    form.intervalMonths = intervalMonths ?? 1;
    form.weekIndex = oneOf(WEEK_INDEXES, weekIndex) ?? 'First';
    form.dayOfWeek = oneOf(WEEK_DAYS, dayOfWeek) ?? 'Sunday';
  } else if (schedule.weekly) {
    form.intervalWeeks = schedule.weekly.intervalWeeks ?? 1;
    form.dayOfWeek = oneOf(WEEK_DAYS, schedule.weekly.dayOfWeek) ?? 'Sunday';
  }
  return form;
}

/** What is wrong with the fields, before the backend is asked. */
export function formProblems(
  form: WindowForm,
): Partial<Record<FormField, string>> {
  const problems: Partial<Record<FormField, string>> = {};
  if (!TIME.test(form.startTime)) {
    problems.startTime = 'A time from 00:00 to 23:59, such as 22:00';
  }
  if (!OFFSET.test(form.utcOffset)) {
    problems.utcOffset = 'An offset from -14:00 to +14:00, such as +01:00';
  }
  if (
    !Number.isInteger(form.durationHours) ||
    form.durationHours < 4 ||
    form.durationHours > 24
  ) {
    problems.durationHours = 'From 4 to 24 hours';
  }
  if (
    form.kind === 'absoluteMonthly' &&
    !(
      Number.isInteger(form.dayOfMonth) &&
      form.dayOfMonth >= 1 &&
      form.dayOfMonth <= 31
    )
  ) {
    problems.dayOfMonth = 'A day from 1 to 31';
  }
  return problems;
}

function scheduleOf(form: WindowForm): MaintenanceWindowInput['schedule'] {
  switch (form.kind) {
    case 'daily':
      return { daily: { intervalDays: form.intervalDays } };
    case 'absoluteMonthly':
      return {
        absoluteMonthly: {
          intervalMonths: form.intervalMonths,
          dayOfMonth: form.dayOfMonth,
        },
      };
    case 'relativeMonthly':
      return {
        relativeMonthly: {
          intervalMonths: form.intervalMonths,
          weekIndex: form.weekIndex,
          dayOfWeek: form.dayOfWeek,
        },
      };
    default:
      return {
        weekly: {
          intervalWeeks: form.intervalWeeks,
          dayOfWeek: form.dayOfWeek,
        },
      };
  }
}

/**
 * The window to preview and save. The dates on which nothing may change, and
 * a start date still ahead, are kept from the window as set: the form does
 * not show them, and saving must not drop them.
 */
export function windowInput(
  form: WindowForm,
  current?: MaintenanceWindow,
  today: string = new Date().toISOString().slice(0, 10),
): MaintenanceWindowInput {
  const kept = (current?.notAllowedDates ?? []).filter(
    span => DATE.test(span.start) && DATE.test(span.end),
  );
  const startDate = current?.startDate?.slice(0, 10);
  return {
    schedule: scheduleOf(form),
    startTime: form.startTime,
    utcOffset: form.utcOffset,
    durationHours: form.durationHours,
    ...(startDate &&
      DATE.test(startDate) &&
      startDate > today && { startDate }),
    ...(kept.length > 0 && { notAllowedDates: kept }),
  };
}

/**
 * The field a backend refusal names ("Invalid maintenanceWindow.startTime
 * …", or a schema error at /maintenanceWindow/startTime); undefined when it
 * names none the form shows.
 */
export function fieldOfMessage(message: string): FormField | undefined {
  const match =
    /maintenanceWindow[./](startTime|utcOffset|durationHours)\b/.exec(
      message,
    ) ??
    /maintenanceWindow[./]schedule[./]absoluteMonthly[./](dayOfMonth)\b/.exec(
      message,
    );
  return match?.[1] as FormField | undefined;
}
