import type { MaintenanceWindowInput } from '@aks-backstage/plugin-aks-common';
import type { MaintenanceWindow as ArmMaintenanceWindow } from '@azure/arm-containerservice';
import { DateTime } from 'luxon';
import { invalidInput } from '../validation/inputErrors';
import { readWindowRule, WindowRule } from './windowRule';

/** AKS runs auto-upgrades properly only in windows of at least four hours. */
export const MIN_WINDOW_HOURS = 4;
const MAX_WINDOW_HOURS = 24;
const FIELD = 'maintenanceWindow';

/**
 * The rules of a window to set that openapi.yaml cannot say (it has already
 * checked each field's form): the duration, dates in order, a start date
 * that is not past. Each refusal names the field, before any Azure call.
 */
export function checkWindowInput(
  input: MaintenanceWindowInput,
  now: Date,
): WindowRule {
  const { durationHours } = input;
  if (durationHours < MIN_WINDOW_HOURS) {
    throw invalidInput(
      `${FIELD}.durationHours`,
      durationHours,
      `AKS's minimum is ${MIN_WINDOW_HOURS} hours`,
    );
  }
  if (durationHours > MAX_WINDOW_HOURS) {
    throw invalidInput(
      `${FIELD}.durationHours`,
      durationHours,
      `AKS's maximum is ${MAX_WINDOW_HOURS} hours`,
    );
  }
  (input.notAllowedDates ?? []).forEach((span, i) => {
    if (span.end < span.start) {
      throw invalidInput(
        `${FIELD}.notAllowedDates.${i}.end`,
        span.end,
        `ends before its start ${span.start}`,
      );
    }
  });
  const read = readWindowRule(input);
  if ('problem' in read) {
    // The spec has checked every field this could be about.
    throw invalidInput(FIELD, input, read.problem);
  }
  const today = DateTime.fromJSDate(now).setZone(read.rule.zone).startOf('day');
  if (read.rule.startDate && read.rule.startDate < today) {
    throw invalidInput(
      `${FIELD}.startDate`,
      input.startDate,
      `lies before today (${today.toISODate()} at UTC offset ${
        input.utcOffset ?? '+00:00'
      }); AKS refuses a start date in the past`,
    );
  }
  return read.rule;
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** A checked window as the Azure SDK sends it. */
export function toArmMaintenanceWindow(
  input: MaintenanceWindowInput,
): ArmMaintenanceWindow {
  return {
    schedule: input.schedule,
    durationHours: input.durationHours,
    utcOffset: input.utcOffset ?? '+00:00',
    startTime: input.startTime,
    ...(input.startDate && { startDate: dateOf(input.startDate) }),
    ...(input.notAllowedDates && {
      notAllowedDates: input.notAllowedDates.map(span => ({
        start: dateOf(span.start),
        end: dateOf(span.end),
      })),
    }),
  };
}
