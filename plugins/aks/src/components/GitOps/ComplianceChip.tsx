import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { aksTranslationRef } from '../../translation';
import { DotChip } from '../HealthStatus/DotChip';
import { ComplianceTone, complianceTone, knownCompliance } from './compliance';

const DOT: Record<ComplianceTone, string> = {
  positive: 'var(--bui-fg-positive)',
  negative: 'var(--bui-fg-negative)',
  neutral: 'var(--bui-fg-secondary)',
};

/** A compliance state in words: known states translated, others as Azure wrote them. */
export function useComplianceWords() {
  const { t } = useTranslationRef(aksTranslationRef);
  return (state: string | undefined): string => {
    const known = knownCompliance(state);
    if (known) return t(`gitOps.compliance.${known}`);
    return state || t('gitOps.compliance.unknown');
  };
}

/** A Flux configuration's compliance as a chip: a dot of its colour and its word. */
export function ComplianceChip({ state }: { state: string | undefined }) {
  const words = useComplianceWords();
  const tone = complianceTone(state);
  return (
    <DotChip data-tone={tone} color={DOT[tone]}>
      {words(state)}
    </DotChip>
  );
}
