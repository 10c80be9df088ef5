import type { VmSizeList } from '../../api';
import type { Choice } from './PickerField';

/** The sizes of a location as choices, each with its vCPUs, memory and zones. */
export function vmSizeChoices({ items }: VmSizeList): Choice[] {
  return items.map(size => ({
    id: size.name,
    label: size.name,
    description: [
      `${size.vCPUs} vCPUs, ${size.memoryGB} GB`,
      size.architecture === 'Arm64' && 'Arm64',
      size.zones.length > 0 ? `zones ${size.zones.join(', ')}` : 'no zones',
    ]
      .filter(Boolean)
      .join(' · '),
    disabledReason:
      size.unavailable &&
      `not available to this subscription here (${size.unavailable})`,
  }));
}
