import { AGENT_POOL_CASES } from '../__testUtils__/cases/agentPools';
import { CONTAINER_GROUP_CASES } from '../__testUtils__/cases/containerGroups';
import { MANAGED_CLUSTER_CASES } from '../__testUtils__/cases/managedClusters';
import { MAINTENANCE_CONFIGURATION_CASES } from '../__testUtils__/cases/maintenanceConfigurations';
import { COMPUTE_USAGE_CASES } from '../__testUtils__/cases/computeUsages';
import { REGISTRY_CASES } from '../__testUtils__/cases/registries';
import { RESOURCE_GROUP_CASES } from '../__testUtils__/cases/resourceGroups';
import { RESOURCE_SKU_CASES } from '../__testUtils__/cases/resourceSkus';
import { ROLE_ASSIGNMENT_CASES } from '../__testUtils__/cases/roleAssignments';
import { ROLE_DEFINITION_CASES } from '../__testUtils__/cases/roleDefinitions';
import { RESOURCE_LIST_CASES } from '../__testUtils__/cases/resourceList';
import { ORCHESTRATOR_CASES } from '../__testUtils__/cases/orchestrators';
import { MANAGED_IDENTITY_CASES } from '../__testUtils__/cases/managedIdentities';
import { EXTENSION_CASES } from '../__testUtils__/cases/extensions';
import { FLUX_CONFIGURATION_CASES } from '../__testUtils__/cases/fluxConfigurations';
import {
  caseRows,
  runConformanceCase,
  type ConformanceCase,
} from '../__testUtils__/conformanceCase';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import { catalogEntry } from '../__testUtils__/operationCatalog';
import { describeWithSpecs } from '../__testUtils__/specSchemas';

/** One table per resource provider; the cases use their own resources, so one emulator serves them all. */
const TABLES: [string, ConformanceCase[]][] = [
  ['Microsoft.ContainerService managedClusters', MANAGED_CLUSTER_CASES],
  ['Microsoft.ContainerService agentPools', AGENT_POOL_CASES],
  [
    'Microsoft.ContainerService maintenanceConfigurations',
    MAINTENANCE_CONFIGURATION_CASES,
  ],
  ['Microsoft.ContainerRegistry registries', REGISTRY_CASES],
  ['Microsoft.ContainerInstance containerGroups', CONTAINER_GROUP_CASES],
  ['Microsoft.Authorization roleAssignments', ROLE_ASSIGNMENT_CASES],
  ['Microsoft.Authorization roleDefinitions', ROLE_DEFINITION_CASES],
  ['Microsoft.Resources resources', RESOURCE_LIST_CASES],
  ['Microsoft.ContainerService orchestrators', ORCHESTRATOR_CASES],
  [
    'Microsoft.Resources subscriptions and resource groups',
    RESOURCE_GROUP_CASES,
  ],
  ['Microsoft.Compute resource SKUs', RESOURCE_SKU_CASES],
  ['Microsoft.Compute usages', COMPUTE_USAGE_CASES],
  [
    'Microsoft.ManagedIdentity userAssignedIdentities and federatedIdentityCredentials',
    MANAGED_IDENTITY_CASES,
  ],
  ['Microsoft.KubernetesConfiguration extensions', EXTENSION_CASES],
  [
    'Microsoft.KubernetesConfiguration fluxConfigurations',
    FLUX_CONFIGURATION_CASES,
  ],
];

describeWithSpecs('conformance tests')('responses conform to the specs', () => {
  const fixture = conformanceFixture();

  describe.each(TABLES)('%s', (_provider, cases) => {
    it.each(caseRows(cases))(
      '%s %i: %s',
      async (operation, status, _what, c) => {
        expect(
          await runConformanceCase(
            fixture.emulator,
            fixture.validator,
            catalogEntry(operation),
            c,
          ),
        ).toMatchObject({ status, problems: [] });
      },
    );
  });
});
