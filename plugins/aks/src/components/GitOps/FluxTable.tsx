import { Cell, ColumnConfig, Row, Table, Text } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type { FluxConfiguration } from '@aks-backstage/plugin-aks-common';
import { aksTranslationRef } from '../../translation';
import { formatTime } from '../describe/dates';
import { isTime } from '../describe/timeSpans';
import { useTimeWords } from '../describe/useTimeWords';
import { MUTED, NEGATIVE } from '../look';
import { ComplianceChip } from './ComplianceChip';
import { complianceTone, worstFirst } from './compliance';

/** A configuration's row, or the row under it that says why it is not compliant. */
type FluxRow = { id: string; config: FluxConfiguration; why?: string };

/** A line with a quieter one under it; `title`s give what is cut short or precise. */
const TwoLines = (props: {
  main: string;
  mainTitle?: string;
  under?: string;
  underTitle?: string;
}) => (
  <Cell>
    <Text
      as="div"
      variant="body-medium"
      truncate
      title={props.mainTitle ?? props.main}
    >
      {props.main}
    </Text>
    {props.under && (
      <Text
        as="div"
        variant="body-small"
        truncate
        title={props.underTitle ?? props.under}
        style={MUTED}
      >
        {props.under}
      </Text>
    )}
  </Cell>
);

function useColumns(): ColumnConfig<FluxRow>[] {
  const { t } = useTranslationRef(aksTranslationRef);
  const time = useTimeWords();
  return [
    {
      id: 'name',
      label: t('gitOps.table.name'),
      isRowHeader: true,
      minWidth: 140,
      cell: ({ config }) => (
        <TwoLines
          main={config.name}
          under={
            config.namespace
              ? t('gitOps.namespace', { namespace: config.namespace })
              : undefined
          }
        />
      ),
    },
    {
      id: 'compliance',
      label: t('gitOps.table.compliance'),
      minWidth: 140,
      cell: ({ config }) => (
        <Cell>
          <ComplianceChip state={config.complianceState} />
        </Cell>
      ),
    },
    {
      id: 'source',
      label: t('gitOps.table.source'),
      minWidth: 160,
      cell: ({ config }) => {
        const paths = (config.kustomizations ?? [])
          .map(k => k.path)
          .filter((p): p is string => !!p);
        return (
          <TwoLines
            main={config.branch || t('gitOps.defaultBranch')}
            under={paths.length > 0 ? paths.join(', ') : t('gitOps.rootPath')}
          />
        );
      },
    },
    {
      id: 'applied',
      label: t('gitOps.table.applied'),
      minWidth: 140,
      cell: ({ config }) => {
        const revision = config.lastAppliedRevision;
        const at = isTime(config.lastAppliedAt)
          ? config.lastAppliedAt
          : undefined;
        if (!revision && !at) {
          return <TwoLines main={t('gitOps.notApplied')} />;
        }
        // Flux writes `main@sha1:<sha>` (older versions `main/<sha>`).
        const sha = revision?.split(/[:/]/).pop() ?? '';
        return (
          <TwoLines
            main={revision ? sha.slice(0, 7) : t('gitOps.notApplied')}
            mainTitle={
              revision ? t('gitOps.revision', { revision }) : undefined
            }
            under={at && time.ago(at)}
            underTitle={at && formatTime(at)}
          />
        );
      },
    },
  ];
}

/** Each row, and under one that is not compliant, a row with Azure's reason. */
function rows(configs: FluxConfiguration[]): FluxRow[] {
  return worstFirst(configs).flatMap(config => {
    const row = { id: config.id || config.name, config };
    const failing = complianceTone(config.complianceState) === 'negative';
    return failing && config.errorMessage
      ? [row, { ...row, id: `${row.id}#why`, why: config.errorMessage }]
      : [row];
  });
}

/** The Flux configurations of one cluster for the entity's repository. */
export function FluxTable(props: {
  configurations: FluxConfiguration[];
  label: string;
}) {
  const { t } = useTranslationRef(aksTranslationRef);
  const columns = useColumns();
  return (
    <div role="group" aria-label={props.label}>
      <Table
        columnConfig={columns}
        data={rows(props.configurations)}
        pagination={{ type: 'none' }}
        rowConfig={({ item }) =>
          item.why ? (
            <Row id={item.id}>
              <Cell colSpan={columns.length}>
                <Text
                  as="div"
                  variant="body-small"
                  style={{ ...NEGATIVE, whiteSpace: 'pre-wrap' }}
                >
                  {t('gitOps.whyNotCompliant', {
                    name: item.config.name,
                    message: item.why,
                  })}
                </Text>
              </Cell>
            </Row>
          ) : (
            <Row id={item.id} columns={columns}>
              {column => column.cell(item)}
            </Row>
          )
        }
      />
    </div>
  );
}
