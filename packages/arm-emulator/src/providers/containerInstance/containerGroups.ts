import { ArmError, invalidParameter } from '../../http/armError';
import {
  jsonBody,
  ok,
  type ArmRequest,
  type ArmResponse,
} from '../../http/armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { type Route, routeBuilder } from '../../arm/route';
import type { StoredResource } from '../../state/resourceStore';
import { paginate } from '../../arm/pagination';
import { checkShape, type Shape } from '../../arm/bodyShape';
import { lroHeaders } from '../../lro/lroHeaders';
import { deepClone } from '../../util/random';
import { shortHash, stableGuid } from '../../util/ids';
import {
  requireResource,
  requireResourceGroup,
} from '../../arm/requireResource';

const NAMESPACE = 'Microsoft.ContainerInstance';
export const ACI_API_VERSIONS = ['2023-05-01'];
const TYPE = 'Microsoft.ContainerInstance/containerGroups';

const CONTAINER_SHAPE: Shape = {
  fields: {
    name: 'string',
    properties: {
      fields: {
        image: 'string',
        command: { array: 'string' },
        ports: { array: { fields: { port: 'integer', protocol: 'string' } } },
        environmentVariables: {
          array: {
            fields: { name: 'string', value: 'string', secureValue: 'string' },
          },
        },
        resources: {
          fields: {
            requests: { fields: { cpu: 'number', memoryInGB: 'number' } },
          },
        },
      },
    },
  },
};
const GROUP_SHAPE: Shape = {
  fields: {
    location: 'string',
    tags: { map: 'string' },
    properties: {
      fields: {
        containers: { array: CONTAINER_SHAPE },
        osType: 'string',
        restartPolicy: 'string',
        ipAddress: {
          fields: {
            type: 'string',
            ports: {
              array: { fields: { port: 'integer', protocol: 'string' } },
            },
            dnsNameLabel: 'string',
          },
        },
      },
    },
  },
};

function missing(path: string, field: string): ArmError {
  return new ArmError(
    400,
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: 'Required property '${field}' not found in JSON. Path '${path}'.'`,
    `${path}.${field}`,
  );
}

function validate(body: Record<string, any>) {
  checkShape(body, GROUP_SHAPE, '');
  if (!body.location)
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
      'location',
    );
  const props = body.properties;
  if (!props) throw missing('', 'properties');
  if (!props.containers) throw missing('properties', 'containers');
  if (!props.osType) throw missing('properties', 'osType');
  if (!['Linux', 'Windows'].includes(props.osType))
    throw invalidParameter(
      `The osType '${props.osType}' is invalid. Allowed values: Linux, Windows.`,
      'properties.osType',
    );
  props.containers.forEach((c: any, i: number) => {
    const path = `properties.containers[${i}]`;
    if (!c.name) throw missing(path, 'name');
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(c.name)) {
      throw new ArmError(
        400,
        'InvalidContainerName',
        `The container name '${c.name}' in container group is invalid. A valid container name must consist of lower case alphanumeric characters or '-', start and end with an alphanumeric character, and be 1 to 63 characters long.`,
        `${path}.name`,
      );
    }
    if (!c.properties?.image) throw missing(`${path}.properties`, 'image');
    if (!c.properties.resources?.requests)
      throw missing(`${path}.properties`, 'resources');
  });
}

function newGroupBody(
  id: string,
  input: Record<string, any>,
  provisioningState: string,
): Record<string, any> {
  const body = deepClone(input);
  delete body.id;
  delete body.name;
  delete body.type;
  body.location = body.location.toLowerCase().replace(/\s/g, '');
  const props = body.properties;
  const started = new Date().toISOString();
  props.provisioningState = provisioningState;
  props.sku ??= 'Standard';
  props.restartPolicy ??= 'Always';
  props.initContainers ??= [];
  for (const container of props.containers) {
    for (const variable of container.properties.environmentVariables ?? [])
      delete variable.secureValue;
    container.properties.instanceView = {
      restartCount: 0,
      currentState: { state: 'Running', startTime: started, detailStatus: '' },
      events: [],
    };
  }
  for (const credential of props.imageRegistryCredentials ?? [])
    delete credential.password;
  // Secrets in the spec: ACI takes them and never returns them.
  delete props.diagnostics?.logAnalytics?.workspaceKey;
  delete props.diagnostics?.logAnalytics?.workspaceResourceId;
  if (props.ipAddress) {
    const hash = shortHash(id.toLowerCase());
    props.ipAddress.ip =
      props.ipAddress.type === 'Private'
        ? `10.0.0.${(parseInt(hash.slice(0, 2), 16) % 250) + 4}`
        : `20.${parseInt(hash.slice(0, 2), 16)}.${parseInt(
            hash.slice(2, 4),
            16,
          )}.${parseInt(hash.slice(4, 6), 16)}`;
    if (props.ipAddress.dnsNameLabel)
      props.ipAddress.fqdn = `${props.ipAddress.dnsNameLabel}.${body.location}.azurecontainer.io`;
  }
  props.instanceView = { state: 'Running', events: [] };
  if (body.identity?.type?.includes('SystemAssigned')) {
    body.identity.principalId = stableGuid(`${id.toLowerCase()}/principal`);
  }
  return body;
}

const render = (record: StoredResource) => ({
  id: record.id,
  name: record.id.split('/').pop(),
  type: TYPE,
  ...deepClone(record.body),
});

function groupId(req: ArmRequest) {
  const { subscriptionId, resourceGroupName, containerGroupName } = req.params;
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/${TYPE}/${containerGroupName}`;
}

function createOrUpdate(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const body = jsonBody(req);
  validate(body);
  requireResourceGroup(
    ctx,
    req.params.subscriptionId,
    req.params.resourceGroupName,
  );
  const id = groupId(req);
  const existing = ctx.store.get(id);
  const groupBody = newGroupBody(id, body, existing ? 'Updating' : 'Pending');
  if (body.identity?.type?.includes('SystemAssigned'))
    groupBody.identity.tenantId = ctx.tenantId;
  const record = ctx.store.put(existing?.id ?? id, groupBody);
  const op = ctx.operations.start({
    subscriptionId: record.subscriptionId,
    namespace: NAMESPACE,
    location: record.body.location,
    resourceId: record.id,
    operation: 'ContainerGroups_CreateOrUpdate',
    durationMs: ctx.settings.lroDurationMs,
    onSucceeded: () => (record.body.properties.provisioningState = 'Succeeded'),
    onFailed: () => (record.body.properties.provisioningState = 'Failed'),
  });
  return {
    status: existing ? 200 : 201,
    body: render(record),
    headers: lroHeaders(req, ctx, op, { asyncOperation: true }),
  };
}

function list(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const { subscriptionId, resourceGroupName } = req.params;
  if (resourceGroupName)
    requireResourceGroup(ctx, subscriptionId, resourceGroupName);
  const records = ctx.store.list({
    type: TYPE,
    subscriptionId,
    resourceGroup: resourceGroupName,
  });
  // List responses of ACI leave out the containers' instance views.
  const value = records.map(render).map(group => {
    for (const container of group.properties.containers)
      delete container.properties.instanceView;
    return group;
  });
  return ok(paginate(req, value, ctx.settings.pageSize));
}

const SUB = '/subscriptions/{subscriptionId}';
const GROUP = `${SUB}/resourceGroups/{resourceGroupName}/providers/${TYPE}/{containerGroupName}`;
const route = routeBuilder(ACI_API_VERSIONS, `${NAMESPACE}/containerGroups`);

/** Microsoft.ContainerInstance containerGroups operations. */
export const containerGroupRoutes: Route[] = [
  route(
    'GET',
    `${SUB}/providers/${TYPE}`,
    'ContainerGroups_List',
    'read',
    list,
  ),
  route(
    'GET',
    `${SUB}/resourceGroups/{resourceGroupName}/providers/${TYPE}`,
    'ContainerGroups_ListByResourceGroup',
    'read',
    list,
  ),
  route('GET', GROUP, 'ContainerGroups_Get', 'read', (req, ctx) =>
    ok(
      render(
        requireResource(req, ctx, {
          id: groupId(req),
          type: TYPE,
          name: req.params.containerGroupName,
        }),
      ),
    ),
  ),
  route(
    'PUT',
    GROUP,
    'ContainerGroups_CreateOrUpdate',
    'write',
    createOrUpdate,
  ),
  route('DELETE', GROUP, 'ContainerGroups_Delete', 'delete', (req, ctx) => {
    requireResourceGroup(
      ctx,
      req.params.subscriptionId,
      req.params.resourceGroupName,
    );
    const record = ctx.store.get(groupId(req));
    if (!record) return { status: 204 };
    ctx.store.delete(record.id);
    const body = render(record);
    body.properties.provisioningState = 'Deleting';
    return ok(body);
  }),
];
