import { Tag, TagGroup } from '@backstage/ui';
import { formatTime } from '../describe/dates';

/** Says that what is shown is the last-known state, read before Azure stopped answering. */
export function StaleNotice({ fetchedAt }: { fetchedAt: string }) {
  return (
    <TagGroup aria-label="Freshness">
      <Tag id="stale">
        {`Stale: Azure did not answer, showing data read ${formatTime(
          fetchedAt,
        )}`}
      </Tag>
    </TagGroup>
  );
}
