import { Flex, NumberField, Select, TextField } from '@backstage/ui';
import { localOffset } from './maintenanceTimes';
import {
  FormField,
  SCHEDULE_KINDS,
  ScheduleKind,
  WEEK_DAYS,
  WEEK_INDEXES,
  WindowForm,
} from './maintenanceForm';

const options = (values: readonly string[]) =>
  values.map(value => ({ value, label: value }));

const everyOptions = (max: number, unit: string) =>
  Array.from({ length: max }, (_, i) => ({
    value: String(i + 1),
    label: i === 0 ? `Every ${unit}` : `Every ${i + 1} ${unit}s`,
  }));

/** The schedule's fields: its kind, then what that kind needs. */
function ScheduleFields(props: {
  form: WindowForm;
  change: (update: Partial<WindowForm>) => void;
  problems: Partial<Record<FormField, string>>;
}) {
  const { form, change } = props;
  const day = (
    <Select
      label="Day"
      options={options(WEEK_DAYS)}
      value={form.dayOfWeek}
      onChange={key =>
        key && change({ dayOfWeek: key as WindowForm['dayOfWeek'] })
      }
    />
  );
  const months = (
    <Select
      label="Repeats every"
      options={everyOptions(6, 'month')}
      value={String(form.intervalMonths)}
      onChange={key => key && change({ intervalMonths: Number(key) })}
    />
  );
  switch (form.kind) {
    case 'daily':
      return (
        <Select
          label="Repeats every"
          options={everyOptions(7, 'day')}
          value={String(form.intervalDays)}
          onChange={key => key && change({ intervalDays: Number(key) })}
        />
      );
    case 'absoluteMonthly':
      return (
        <Flex gap="3" style={{ flexWrap: 'wrap' }}>
          <NumberField
            label="Day of the month"
            value={form.dayOfMonth}
            minValue={1}
            maxValue={31}
            onChange={dayOfMonth => change({ dayOfMonth })}
            validate={() => props.problems.dayOfMonth ?? true}
            validationBehavior="aria"
          />
          {months}
        </Flex>
      );
    case 'relativeMonthly':
      return (
        <Flex gap="3" style={{ flexWrap: 'wrap' }}>
          <Select
            label="Week"
            options={options(WEEK_INDEXES)}
            value={form.weekIndex}
            onChange={key =>
              key && change({ weekIndex: key as WindowForm['weekIndex'] })
            }
          />
          {day}
          {months}
        </Flex>
      );
    default:
      return (
        <Flex gap="3" style={{ flexWrap: 'wrap' }}>
          {day}
          <Select
            label="Repeats every"
            options={everyOptions(4, 'week')}
            value={String(form.intervalWeeks)}
            onChange={key => key && change({ intervalWeeks: Number(key) })}
          />
        </Flex>
      );
  }
}

/** The fields of a maintenance window: schedule, start time, UTC offset and hours. */
export function MaintenanceWindowFields(props: {
  form: WindowForm;
  onChange: (form: WindowForm) => void;
  problems: Partial<Record<FormField, string>>;
}) {
  const { form, problems } = props;
  const change = (update: Partial<WindowForm>) =>
    props.onChange({ ...form, ...update });
  return (
    <Flex direction="column" gap="3">
      <Select
        label="Schedule"
        options={[...SCHEDULE_KINDS]}
        value={form.kind}
        onChange={key => key && change({ kind: key as ScheduleKind })}
      />
      <ScheduleFields form={form} change={change} problems={problems} />
      <Flex gap="3" style={{ flexWrap: 'wrap' }}>
        <TextField
          label="Start time"
          description="HH:mm in the UTC offset"
          value={form.startTime}
          onChange={startTime => change({ startTime })}
          validate={() => problems.startTime ?? true}
          validationBehavior="aria"
        />
        <TextField
          label="UTC offset"
          description={`Yours now: ${localOffset()}`}
          value={form.utcOffset}
          onChange={utcOffset => change({ utcOffset })}
          validate={() => problems.utcOffset ?? true}
          validationBehavior="aria"
        />
        <NumberField
          label="Hours"
          description="4 to 24"
          value={form.durationHours}
          onChange={durationHours => change({ durationHours })}
          validate={() => problems.durationHours ?? true}
          validationBehavior="aria"
        />
      </Flex>
    </Flex>
  );
}
