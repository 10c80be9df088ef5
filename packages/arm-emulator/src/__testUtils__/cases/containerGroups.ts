import type { ArmEmulator } from '../../types';
import { armFetch } from '../armFetch';
import { conformanceCase as c, type ConformanceCase } from '../conformanceCase';
import { api, containerGroup, group, NEW_CONTAINER_GROUP, sub } from '../demo';

const aci = (path: string) => api(path, 'aci');
const inPayments = (name: string) =>
  aci(containerGroup('rg-payments-prod', name));

/** Creates container groups through the API (the demo seed has none). */
const created =
  (...names: string[]) =>
  async (emulator: ArmEmulator) => {
    for (const name of names) {
      const response = await armFetch(emulator, 'PUT', inPayments(name), {
        body: NEW_CONTAINER_GROUP,
      });
      if (response.status !== 201)
        throw new Error(`${name}: ${response.status}`);
    }
  };

const withContainer = (container: Record<string, unknown>) => ({
  ...NEW_CONTAINER_GROUP,
  properties: { ...NEW_CONTAINER_GROUP.properties, containers: [container] },
});

/** containerGroups: every operation the product calls, success and error statuses. */
export const CONTAINER_GROUP_CASES: ConformanceCase[] = [
  c(
    'ContainerGroups_CreateOrUpdate',
    201,
    'a new group',
    inPayments('cg-new'),
    {
      body: NEW_CONTAINER_GROUP,
    },
  ),
  c(
    'ContainerGroups_CreateOrUpdate',
    200,
    'an existing group',
    inPayments('cg-update'),
    { body: NEW_CONTAINER_GROUP, setup: created('cg-update') },
  ),
  c(
    'ContainerGroups_CreateOrUpdate',
    400,
    'no containers',
    inPayments('cg-bad'),
    {
      body: { location: 'westeurope', properties: { osType: 'Linux' } },
    },
  ),
  c(
    'ContainerGroups_CreateOrUpdate',
    400,
    'an invalid container name',
    inPayments('cg-bad'),
    {
      body: withContainer({
        name: 'Web_1',
        properties: {
          image: 'nginx',
          resources: { requests: { cpu: 1, memoryInGB: 1 } },
        },
      }),
    },
  ),
  c(
    'ContainerGroups_CreateOrUpdate',
    400,
    'no location',
    inPayments('cg-bad'),
    {
      body: { properties: NEW_CONTAINER_GROUP.properties },
    },
  ),
  c(
    'ContainerGroups_CreateOrUpdate',
    404,
    'a missing resource group',
    aci(containerGroup('rg-missing', 'cg-bad')),
    { body: NEW_CONTAINER_GROUP },
  ),
  c('ContainerGroups_Get', 200, 'a running group', inPayments('cg-get'), {
    setup: created('cg-get'),
  }),
  c('ContainerGroups_Get', 404, 'a missing group', inPayments('cg-missing')),
  c(
    'ContainerGroups_List',
    200,
    'the first page of a subscription',
    aci(`${sub()}/providers/Microsoft.ContainerInstance/containerGroups`),
    { setup: created('cg-list-1', 'cg-list-2') },
  ),
  c(
    'ContainerGroups_ListByResourceGroup',
    200,
    'a resource group',
    aci(
      `${group(
        'rg-payments-prod',
      )}/providers/Microsoft.ContainerInstance/containerGroups`,
    ),
  ),
  c(
    'ContainerGroups_ListByResourceGroup',
    404,
    'a missing resource group',
    aci(
      `${group(
        'rg-missing',
      )}/providers/Microsoft.ContainerInstance/containerGroups`,
    ),
  ),
  c(
    'ContainerGroups_Delete',
    200,
    'an existing group',
    inPayments('cg-delete'),
    {
      setup: created('cg-delete'),
    },
  ),
  c(
    'ContainerGroups_Delete',
    204,
    'a group that does not exist',
    inPayments('cg-never'),
  ),
];
