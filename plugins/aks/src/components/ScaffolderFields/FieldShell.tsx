import { Flex, Select, Text, TextField } from '@backstage/ui';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/** One choice of a picker. */
export interface Choice {
  id: string;
  label: string;
  description?: string;
}

/** The other form values a field depends on, from the scaffolder's form context. */
export function formValue(
  props: FieldExtensionComponentProps<string, any>,
  field: string,
): string | undefined {
  const value = (props.formContext as any)?.formData?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A picker over choices read from the AKS backend. While they load, or when
 * they cannot be read (no permission, Azure down), it stays a text field, so
 * a template never gets stuck on a picker.
 */
export function PickerField(props: {
  field: FieldExtensionComponentProps<string, any>;
  choices?: Choice[];
  loading?: boolean;
  error?: Error;
  blockedReason?: string;
  placeholder?: string;
}) {
  const { field, choices, loading, error, blockedReason } = props;
  const label = field.schema.title ?? field.name;
  const errors = field.rawErrors ?? [];
  const note =
    blockedReason ?? (error ? `${error.message}; type the value.` : undefined);
  const description = [field.schema.description, note]
    .filter(Boolean)
    .join(' · ');
  return (
    <Flex direction="column" gap="1" style={{ marginBottom: 16 }}>
      {choices && !error ? (
        <Select
          label={label}
          description={description}
          isRequired={field.required}
          placeholder={props.placeholder ?? 'Choose…'}
          options={choices}
          searchable={choices.length > 8}
          value={field.formData ?? null}
          onChange={key => field.onChange(key ? String(key) : undefined)}
        />
      ) : (
        <TextField
          label={label}
          description={loading ? 'Loading choices…' : description}
          isRequired={field.required}
          isDisabled={!!blockedReason}
          value={field.formData ?? ''}
          onChange={value => field.onChange(value || undefined)}
        />
      )}
      {errors.map(e => (
        <Text key={e} variant="body-small" color="danger">
          {e}
        </Text>
      ))}
    </Flex>
  );
}
