import { ARM_WIDE_ERRORS, armWideErrorApplies } from './cases/armWideErrors';
import { AGENT_POOL_CASES } from './cases/agentPools';
import { CONTAINER_GROUP_CASES } from './cases/containerGroups';
import { LRO_CASES } from './cases/longRunning';
import { MAINTENANCE_CONFIGURATION_CASES } from './cases/maintenanceConfigurations';
import { MANAGED_CLUSTER_CASES } from './cases/managedClusters';
import { COMPUTE_USAGE_CASES } from './cases/computeUsages';
import { PAGING_CASES } from './cases/paging';
import { READ_ONLY_WRITES } from './cases/readOnlyWrites';
import { REGISTRY_CASES } from './cases/registries';
import { RESOURCE_GROUP_CASES } from './cases/resourceGroups';
import { RESOURCE_SKU_CASES } from './cases/resourceSkus';
import { ROLE_ASSIGNMENT_CASES } from './cases/roleAssignments';
import { ROLE_DEFINITION_CASES } from './cases/roleDefinitions';
import { RESOURCE_LIST_CASES } from './cases/resourceList';
import { ORCHESTRATOR_CASES } from './cases/orchestrators';
import { MANAGED_IDENTITY_CASES } from './cases/managedIdentities';
import { CONTAINER_SERVICE_ROUND_TRIPS } from './cases/sdkContainerService';
import { OTHER_CLIENT_ROUND_TRIPS } from './cases/sdkOtherClients';
import { MANAGED_IDENTITY_ROUND_TRIPS } from './cases/sdkManagedIdentity';
import { OPERATION_CATALOG } from './operationCatalog';
import { EXTENSION_CASES } from './cases/extensions';
import { FLUX_CONFIGURATION_CASES } from './cases/fluxConfigurations';
import { KUBERNETES_CONFIGURATION_ROUND_TRIPS } from './cases/sdkKubernetesConfiguration';
import { RESOURCE_AND_ROLE_ROUND_TRIPS } from './cases/sdkResourcesAndRoles';

export const CONFORMANCE_CASES = [
  ...MANAGED_CLUSTER_CASES,
  ...AGENT_POOL_CASES,
  ...MAINTENANCE_CONFIGURATION_CASES,
  ...REGISTRY_CASES,
  ...CONTAINER_GROUP_CASES,
  ...ROLE_ASSIGNMENT_CASES,
  ...ROLE_DEFINITION_CASES,
  ...RESOURCE_LIST_CASES,
  ...ORCHESTRATOR_CASES,
  ...RESOURCE_GROUP_CASES,
  ...RESOURCE_SKU_CASES,
  ...COMPUTE_USAGE_CASES,
  ...MANAGED_IDENTITY_CASES,
  ...EXTENSION_CASES,
  ...FLUX_CONFIGURATION_CASES,
];
export const SDK_ROUND_TRIPS = [
  ...CONTAINER_SERVICE_ROUND_TRIPS,
  ...OTHER_CLIENT_ROUND_TRIPS,
  ...MANAGED_IDENTITY_ROUND_TRIPS,
  ...KUBERNETES_CONFIGURATION_ROUND_TRIPS,
  ...RESOURCE_AND_ROLE_ROUND_TRIPS,
];

const HEADER = [
  'Operation',
  'Statuses checked',
  'Schema',
  'LRO to the end',
  'Pages',
  'Examples',
  'Read-only ignored',
  'SDK method that round-trips it',
];

function pagingCell(operation: string): string {
  const paging = PAGING_CASES.find(c => c.operation === operation);
  if (!paging) return '–';
  return paging.sdk ? 'all, SDK too' : 'all';
}

/** One row per operation the product calls: the statuses and checks the suite runs for it. */
export function coverageRows(exampleCounts: Map<string, number>): string[][] {
  return OPERATION_CATALOG.map(entry => {
    const op = entry.operation;
    const statuses = new Set([
      ...CONFORMANCE_CASES.filter(c => c.operation === op).map(c => c.status),
      ...ARM_WIDE_ERRORS.filter(e => armWideErrorApplies(entry, e.status)).map(
        e => e.status,
      ),
    ]);
    const lro = LRO_CASES.filter(c => c.operation === op);
    const sdk = SDK_ROUND_TRIPS.find(r => r.operation === op);
    return [
      op,
      [...statuses].sort().join(' '),
      entry.spec ? 'strict' : 'no spec',
      lro.length
        ? [
            ...new Set(
              lro.map(
                c =>
                  `${c.status} ${c.atOnce ? 'at once' : 'Succeeded, Failed'}`,
              ),
            ),
          ].join('; ')
        : '–',
      pagingCell(op),
      String(exampleCounts.get(op) ?? '–'),
      READ_ONLY_WRITES.some(c => c.operation === op) ? 'yes' : '–',
      sdk ? `\`${sdk.method}\`` : '–',
    ];
  });
}

/** The rows as a Markdown table. */
export function markdownTable(rows: string[][]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, i) =>
    Math.max(3, ...all.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(HEADER),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/** A table's cells, whitespace and alignment aside (so a reformatted README still compares equal). */
export function tableCells(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .filter(l => l.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(l.trim()))
    .map(l =>
      l
        .trim()
        .slice(1, -1)
        .split('|')
        .map(c => c.trim()),
    );
}

/** How much the suite checks: operations, operation × status pairs, and tests of each kind. */
export function coverageTotals(rows: string[][], examples: number) {
  const armWide = OPERATION_CATALOG.flatMap(entry =>
    ARM_WIDE_ERRORS.filter(e => armWideErrorApplies(entry, e.status)),
  ).length;
  const tests = {
    conformance: CONFORMANCE_CASES.length,
    armWideErrors: armWide,
    longRunning: LRO_CASES.length + LRO_CASES.filter(c => !c.atOnce).length + 1,
    paging: PAGING_CASES.length + 1,
    examples: examples + 1,
    readOnly: READ_ONLY_WRITES.length,
    sdk: SDK_ROUND_TRIPS.length,
  };
  return {
    operations: rows.length,
    statusPairs: rows.reduce((n, r) => n + r[1].split(' ').length, 0),
    tests,
    total: Object.values(tests).reduce((a, b) => a + b, 0),
  };
}
