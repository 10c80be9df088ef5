import { Alert, Checkbox, Flex, Link, Text } from '@backstage/ui';
import type {
  UpgradeFinding,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';
import { count } from '../describe/terms';
import { serverMessage } from '../EntityClusters/errorText';
import { Facts, FactList } from '../Facts/Facts';
import { MUTED } from '../look';
import { RichText } from '../RichText/RichText';

const STATUS = {
  blocking: 'danger',
  warning: 'warning',
  info: 'info',
} as const;

/** Lines as a list, or a word when there are none. */
function Lines(props: { label: string; lines: string[]; none?: string }) {
  if (props.lines.length === 0) {
    return <Text variant="body-medium">{props.none ?? 'None'}</Text>;
  }
  return (
    <ul
      aria-label={props.label}
      style={{ margin: 0, paddingInlineStart: 'var(--bui-space-4)' }}
    >
      {props.lines.map(line => (
        <li key={line}>
          <Text variant="body-medium">{line}</Text>
        </li>
      ))}
    </ul>
  );
}

function readinessFacts(readiness: UpgradeReadiness): FactList {
  const path = readiness.path.map(
    step =>
      `${
        step.kind === 'controlPlane' ? 'Control plane' : `Pool ${step.name}`
      } ${step.from} → ${step.to}`,
  );
  const surges = readiness.pools.map(
    pool =>
      `${pool.name}: ${count(pool.surgeNodes, 'extra node')} of ${
        pool.vmSize
      } (max surge ${pool.maxSurge}${
        pool.maxSurgeIsDefault ? ', the AKS default' : ''
      })${pool.extraVCpus ? `, ${pool.extraVCpus} vCPUs` : ''}`,
  );
  const quota = readiness.quota.map(
    need =>
      `${need.family}: ${need.needed} vCPUs needed, ${need.available} of ${need.limit} free`,
  );
  const budgets = readiness.disruptionBudgets.map(
    pdb => `${pdb.namespace}/${pdb.name}: ${pdb.why}`,
  );
  const apis = readiness.deprecatedApis.map(
    api =>
      `${api.group ? `${api.group}/` : ''}${api.version} ${api.resource}${
        api.subresource ? `/${api.subresource}` : ''
      }, removed in ${api.removedRelease}`,
  );
  return [
    ['Upgrade path', <Lines label="Upgrade path" lines={path} />],
    ['Surge nodes', <Lines label="Surge nodes" lines={surges} />],
    ['vCPU quota', <Lines label="vCPU quota" lines={quota} none="Not read" />],
    [
      'Disruption budgets blocking drain',
      <Lines label="Disruption budgets blocking drain" lines={budgets} />,
    ],
    [
      'Removed APIs still in use',
      <Lines label="Removed APIs still in use" lines={apis} />,
    ],
  ];
}

function Finding({ finding }: { finding: UpgradeFinding }) {
  return (
    <Alert
      status={STATUS[finding.severity] ?? 'info'}
      icon
      title={finding.title}
      data-code={finding.code}
      description={
        <Flex direction="column" gap="1">
          <Text variant="body-medium">
            <RichText text={finding.message} />
          </Text>
          <Text variant="body-medium" style={MUTED}>
            What to do: <RichText text={finding.remedy} />
            {finding.docsUrl && (
              <>
                {' '}
                <Link href={finding.docsUrl} target="_blank" rel="noopener">
                  Learn more
                </Link>
              </>
            )}
          </Text>
        </Flex>
      }
    />
  );
}

/**
 * What an upgrade to the chosen version needs and what stands in its way:
 * the path, surge nodes, quota, disruption budgets that block draining,
 * removed APIs still in use, and the findings, worst first. When a finding
 * blocks, the upgrade waits for "Upgrade anyway, with these findings".
 */
export function ReadinessFindings(props: {
  version: string;
  readiness?: UpgradeReadiness;
  error?: Error;
  loading: boolean;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}) {
  const { readiness, error, loading } = props;
  if (loading) {
    return (
      <Text variant="body-medium" style={MUTED}>
        Checking the upgrade to {props.version}…
      </Text>
    );
  }
  if (error) {
    return (
      <Alert
        status="warning"
        icon
        title="The upgrade's readiness could not be checked"
        description={serverMessage(error)}
      />
    );
  }
  if (!readiness) return null;
  const order = Object.keys(STATUS);
  const findings = [...readiness.findings].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity),
  );
  return (
    <Flex
      direction="column"
      gap="3"
      role="group"
      aria-label={`Readiness of the upgrade to ${readiness.targetVersion}`}
    >
      <Facts
        label={`Needs of the upgrade to ${readiness.targetVersion}`}
        facts={readinessFacts(readiness)}
      />
      {findings.length > 0 ? (
        <Flex direction="column" gap="2" role="list" aria-label="Findings">
          {findings.map(finding => (
            <div
              role="listitem"
              key={`${finding.code}:${finding.nodePool ?? ''}:${finding.title}`}
            >
              <Finding finding={finding} />
            </div>
          ))}
        </Flex>
      ) : (
        <Text variant="body-medium">Nothing stands in the way.</Text>
      )}
      {readiness.blocking && (
        <Checkbox
          isSelected={props.confirmed}
          onChange={props.onConfirmedChange}
        >
          Upgrade anyway, with these findings
        </Checkbox>
      )}
    </Flex>
  );
}
