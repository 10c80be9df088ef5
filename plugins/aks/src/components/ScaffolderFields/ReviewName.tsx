import { useEffect } from 'react';
import { useChoiceName } from './choiceNames';
import { AksFieldProps, otherValue } from './formValues';

/**
 * `AksReviewName`: holds, for the Review step, the name of what another field
 * chose (`ui:options.of`): a subscription's display name for its id, a
 * region's for its ARM name, a cluster's for its ARM id, as the picker that
 * offered it names it; the value itself where no picker named it. It shows
 * nothing in the form (give it `ui:widget: hidden`).
 */
export function ReviewName(props: AksFieldProps) {
  const { formData, onChange } = props;
  const of = props.uiSchema?.['ui:options']?.of;
  const chosen = of ? otherValue(props, of) : undefined;
  const name = useChoiceName(chosen) ?? chosen;
  useEffect(() => {
    if ((formData || undefined) !== name) onChange(name);
  }, [formData, name, onChange]);
  return null;
}
