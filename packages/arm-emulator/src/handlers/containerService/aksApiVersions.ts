import { newestFirst, since } from '../arm/apiVersions';

/**
 * The api-version whose spec the emulator holds: every answer is its model,
 * and the conformance suites validate answers against its spec.
 */
export const AKS_SPEC_API_VERSION = '2026-06-01';

const STABLE = [
  '2017-08-31',
  '2018-03-31',
  '2019-02-01',
  '2019-04-01',
  '2019-06-01',
  '2019-08-01',
  '2019-10-01',
  '2019-11-01',
  '2020-01-01',
  '2020-02-01',
  '2020-03-01',
  '2020-04-01',
  '2020-06-01',
  '2020-07-01',
  '2020-09-01',
  '2020-11-01',
  '2020-12-01',
  '2021-02-01',
  '2021-03-01',
  '2021-05-01',
  '2021-07-01',
  '2021-08-01',
  '2021-09-01',
  '2021-10-01',
  '2022-01-01',
  '2022-02-01',
  '2022-03-01',
  '2022-04-01',
  '2022-06-01',
  '2022-07-01',
  '2022-09-01',
  '2022-11-01',
  '2023-01-01',
  '2023-02-01',
  '2023-03-01',
  '2023-04-01',
  '2023-05-01',
  '2023-06-01',
  '2023-07-01',
  '2023-08-01',
  '2023-09-01',
  '2023-10-01',
  '2023-11-01',
  '2024-01-01',
  '2024-02-01',
  '2024-05-01',
  '2024-07-01',
  '2024-08-01',
  '2024-09-01',
  '2024-10-01',
  '2025-01-01',
  '2025-02-01',
  '2025-03-01',
  '2025-04-01',
  '2025-05-01',
  '2025-06-01',
  '2025-07-01',
  '2025-08-01',
  '2025-09-01',
  '2025-10-01',
  '2026-01-01',
  '2026-02-01',
  '2026-03-01',
  '2026-04-01',
  '2026-05-01',
  AKS_SPEC_API_VERSION,
];

const PREVIEW = [
  '2018-08-01-preview',
  '2021-11-01-preview',
  ...[
    '2022-01',
    '2022-02',
    '2022-03',
    '2022-04',
    '2022-05',
    '2022-06',
    '2022-07',
    '2022-08',
    '2022-09',
    '2022-10',
    '2022-11',
    '2023-01',
    '2023-02',
    '2023-03',
    '2023-04',
    '2023-05',
    '2023-06',
    '2023-07',
    '2023-08',
    '2023-09',
    '2023-10',
    '2023-11',
    '2024-01',
    '2024-02',
    '2024-03',
    '2024-04',
    '2024-05',
    '2024-06',
    '2024-07',
    '2024-09',
    '2024-10',
    '2025-01',
    '2025-02',
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
  ].map(month => `${month}-02-preview`),
  '2022-08-03-preview',
];

/**
 * The api-versions ARM lists for managed clusters (and the namespace's
 * location routes: versions, operation status and results). An older
 * version is answered in the current model: what it adds is additive, and
 * a client ignores the properties it does not know.
 */
export const AKS_API_VERSIONS = newestFirst([...STABLE, ...PREVIEW]);

/** Agent pools became a resource of their own in 2019-02-01. */
export const AGENT_POOL_API_VERSIONS = since(AKS_API_VERSIONS, '2019-02-01');

/** Maintenance configurations came in 2020-12-01. */
export const MAINTENANCE_CONFIGURATION_API_VERSIONS = since(
  AKS_API_VERSIONS,
  '2020-12-01',
);

/** `ContainerServices_ListOrchestrators`, which older clients (Azure CLI `az aks get-versions`) call. */
export const ORCHESTRATOR_API_VERSIONS = newestFirst([
  '2017-09-30',
  '2019-04-01',
  '2019-06-01',
  '2019-08-01',
]);
