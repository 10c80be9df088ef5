import { armFetch } from '../__testUtils__/armFetch';
import { conformanceFixture } from '../__testUtils__/conformanceFixture';
import {
  cluster,
  containerGroup,
  group,
  NEW_CONTAINER_GROUP,
  pool,
  READER,
  registry,
  roleAssignment,
  sub,
  api,
} from '../__testUtils__/demo';
import { describeWithSpecs, SPEC_FILES } from '../__testUtils__/specSchemas';

const PAYMENTS = cluster('rg-payments-prod', 'aks-payments-prod');
const ASSIGNMENT = roleAssignment(
  group('rg-payments-prod'),
  '9d8e7f60-0000-4000-8000-000000000001',
);

/** A read of each type, the provider and type that list its api-versions, and the held spec's answer to it. */
const READS = [
  {
    namespace: 'Microsoft.ContainerService',
    type: 'managedClusters',
    path: PAYMENTS,
    spec: SPEC_FILES.aks,
    operation: 'ManagedClusters_Get',
  },
  {
    namespace: 'Microsoft.ContainerService',
    type: 'managedClusters/agentPools',
    path: pool('rg-payments-prod', 'aks-payments-prod', 'system'),
    spec: SPEC_FILES.aks,
    operation: 'AgentPools_Get',
  },
  {
    namespace: 'Microsoft.ContainerService',
    type: 'managedClusters/maintenanceConfigurations',
    path: `${PAYMENTS}/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`,
    spec: SPEC_FILES.aks,
    operation: 'MaintenanceConfigurations_Get',
  },
  {
    namespace: 'Microsoft.ContainerRegistry',
    type: 'registries',
    path: registry('rg-platform-prod', 'acrcontosoprod'),
    spec: SPEC_FILES.acr,
    operation: 'Registries_Get',
  },
  {
    namespace: 'Microsoft.ContainerInstance',
    type: 'containerGroups',
    path: containerGroup('rg-payments-prod', 'cg-versions'),
    spec: SPEC_FILES.aci,
    operation: 'ContainerGroups_Get',
  },
  {
    namespace: 'Microsoft.Authorization',
    type: 'roleAssignments',
    path: ASSIGNMENT,
    spec: SPEC_FILES.authorization,
    operation: 'RoleAssignments_Get',
  },
  {
    namespace: 'Microsoft.Authorization',
    type: 'roleDefinitions',
    path: READER,
    spec: SPEC_FILES.roleDefinitions,
    operation: 'RoleDefinitions_Get',
  },
];

describeWithSpecs('api-version tests')('api-versions', () => {
  const fixture = conformanceFixture();
  const listed = new Map<string, string[]>();

  beforeAll(async () => {
    const { emulator } = fixture;
    await armFetch(
      emulator,
      'PUT',
      api(containerGroup('rg-payments-prod', 'cg-versions'), 'aci'),
      { body: NEW_CONTAINER_GROUP },
    );
    await armFetch(emulator, 'PUT', api(ASSIGNMENT, 'authorization'), {
      body: {
        properties: {
          roleDefinitionId: READER,
          principalId: '9d8e7f60-2222-4333-8444-555555555555',
        },
      },
    });
    for (const namespace of new Set(READS.map(r => r.namespace))) {
      const provider = await armFetch(
        emulator,
        'GET',
        api(`${sub()}/providers/${namespace}`, 'resources'),
      );
      for (const t of provider.body.resourceTypes)
        listed.set(`${namespace}/${t.resourceType}`, t.apiVersions);
    }
  });

  it('the provider read lists the versions ARM takes for each type, newest first, the held spec among them', () => {
    const versions = (key: string) => listed.get(key) ?? [];
    const aks = versions('Microsoft.ContainerService/managedClusters');
    expect(aks).toEqual([...aks].sort().reverse());
    expect(aks).toEqual(
      expect.arrayContaining(['2026-06-01', '2022-11-01', '2017-08-31']),
    );
    expect(
      versions('Microsoft.ContainerService/managedClusters/agentPools'),
    ).not.toContain('2018-03-31');
    expect(versions('Microsoft.ContainerRegistry/registries')).toEqual(
      expect.arrayContaining(['2025-11-01', '2022-02-01-preview']),
    );
    expect(versions('Microsoft.ContainerInstance/containerGroups')).toEqual(
      expect.arrayContaining(['2023-05-01', '2022-10-01-preview']),
    );
    expect(versions('Microsoft.Authorization/roleAssignments')).toEqual(
      expect.arrayContaining(['2022-04-01', '2020-04-01-preview']),
    );
    expect(
      versions('Microsoft.ContainerService/locations/orchestrators'),
    ).toContain('2019-04-01');
  });

  it.each(READS.map(r => [`${r.namespace}/${r.type}`, r] as const))(
    '%s: every listed version is answered in the current model, valid against the held spec',
    async (key, read) => {
      const versions = listed.get(key)!;
      expect(versions.length).toBeGreaterThan(5);
      const problems: string[] = [];
      for (const version of versions) {
        const response = await armFetch(
          fixture.emulator,
          'GET',
          `${read.path}?api-version=${version}`,
        );
        if (response.status !== 200) {
          problems.push(`${version}: ${response.status}`);
          continue;
        }
        try {
          fixture.validator.validate(
            read.spec,
            read.operation,
            200,
            response.body,
          );
        } catch (error) {
          problems.push(`${version}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('a version ARM does not list is refused, naming those it takes', async () => {
    const response = await armFetch(
      fixture.emulator,
      'GET',
      `${PAYMENTS}?api-version=2016-01-01`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'InvalidApiVersionParameter',
      message: expect.stringContaining("'2016-01-01' is invalid"),
    });
    expect(response.body.error.message).toContain('2022-11-01');
  });
});
