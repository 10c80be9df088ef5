import { useEffect } from 'react';
import { Flex, Select, Text, TextField } from '@backstage/ui';
import { MUTED } from '../look';
import { rememberChoiceNames } from './choiceNames';
import type { AksFieldProps } from './formValues';
import styles from './PickerField.module.css';

/** One choice of a picker. */
export interface Choice {
  id: string;
  label: string;
  description?: string;
  /** What the Review step shows for it (`AksReviewName`); the label unless given. */
  reviewName?: string;
  /** Why the template's action would refuse it; such a choice is shown, not offered. */
  disabledReason?: string;
}

/** More choices than this get a search box. */
const SEARCH_FROM = 8;

/**
 * A picker over choices read from the AKS backend, in the scaffolder's
 * Backstage UI input style. It waits, disabled and saying for what, while a
 * field it depends on is empty; it stays a text field while the choices load
 * or when they cannot be read (no permission, Azure down), so that a template
 * never gets stuck. Errors are the form's to show, under the field.
 */
export function PickerField(props: {
  field: AksFieldProps;
  choices?: Choice[];
  loading?: boolean;
  error?: Error;
  /** Why the picker cannot offer anything yet, such as "Choose a subscription first". */
  waitingFor?: string;
  placeholder?: string;
}) {
  const { field, choices, loading, error, waitingFor } = props;
  const label = field.schema.title ?? field.name;
  const description =
    field.uiSchema?.['ui:description'] ?? field.schema.description;
  const common = {
    id: field.idSchema?.$id,
    label,
    secondaryLabel: field.required ? 'Required' : undefined,
    isRequired: field.required,
    isInvalid: (field.rawErrors ?? []).length > 0,
    isDisabled: field.disabled || field.readonly,
  };
  const offered = !waitingFor && !error ? choices : undefined;

  // A template gives an empty default only to hold the field's place in the
  // form's data, and so on the Review step; empty is no choice.
  useEffect(() => {
    if (field.formData === '') field.onChange(undefined);
  }, [field]);

  useEffect(() => {
    if (offered) {
      rememberChoiceNames(
        offered.map(c => ({ id: c.id, reviewName: c.reviewName ?? c.label })),
      );
    }
  }, [offered]);

  let note: string | undefined;
  let input: JSX.Element;
  if (waitingFor) {
    input = (
      <Select {...common} isDisabled placeholder={waitingFor} options={[]} />
    );
  } else if (offered) {
    input = (
      <Select
        {...common}
        placeholder={props.placeholder ?? 'Choose…'}
        options={offered.map(
          ({ id, label: text, description: detail, disabledReason }) => ({
            id,
            label: text,
            description: [detail, disabledReason].filter(Boolean).join(' · '),
            disabled: !!disabledReason,
          }),
        )}
        search={
          offered.length > SEARCH_FROM ? { placeholder: 'Search…' } : undefined
        }
        value={field.formData || null}
        onChange={key => field.onChange(key ? String(key) : undefined)}
      />
    );
  } else {
    note = loading
      ? 'Loading the choices…'
      : error &&
        `The choices could not be read (${error.message}); type the value.`;
    input = (
      <TextField
        {...common}
        placeholder={props.placeholder}
        value={field.formData ?? ''}
        onChange={value => field.onChange(value || undefined)}
      />
    );
  }
  return (
    <Flex
      direction="column"
      gap="1"
      className={styles.field}
      data-aks-plugin
    >
      {input}
      {[description, note].filter(Boolean).map(text => (
        <Text key={text} variant="body-small" style={MUTED}>
          {text}
        </Text>
      ))}
    </Flex>
  );
}
