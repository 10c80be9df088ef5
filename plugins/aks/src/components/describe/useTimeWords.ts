import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { aksTranslationRef } from '../../translation';
import { durationSince, relativeTime } from './timeSpans';

/** Moments and durations in the viewer's language: "2 hours ago", "2 hr". */
export function useTimeWords() {
  const { t } = useTranslationRef(aksTranslationRef);
  return {
    ago(isoTime: string, now = Date.now()): string {
      const { value, unit } = relativeTime(isoTime, now);
      return t('time.relative', {
        when: value,
        formatParams: { when: { range: unit, numeric: 'auto' } },
      });
    },
    since(isoTime: string, now = Date.now()): string {
      const { n, unit } = durationSince(isoTime, now);
      return t(`time.${unit}`, { n });
    },
  };
}
