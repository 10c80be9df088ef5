import {
  ArmError,
  invalidParameter,
  missingProperty,
} from '../../errors/armError';
import type { StoredResource } from '../../persistence/resourceStore';
import { deepClone } from '../../util/random';
import { shortHash, stableGuid } from '../../util/ids';
import type { Shape } from '../arm/bodyShape';
import { normalizeLocation, requireLocation } from '../arm/location';
import { renderResource } from '../arm/renderResource';

export const ACI_NAMESPACE = 'Microsoft.ContainerInstance';
export { ACI_API_VERSIONS } from './aciApiVersions';
export const GROUP_TYPE = 'Microsoft.ContainerInstance/containerGroups';

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
export const GROUP_SHAPE: Shape = {
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

/** What ACI requires of a container group's body, beyond the types of its fields. */
export function checkGroupBody(body: Record<string, any>) {
  requireLocation(body);
  const props = body.properties;
  if (!props) throw missingProperty('', 'properties');
  if (!props.containers) throw missingProperty('properties', 'containers');
  if (!props.osType) throw missingProperty('properties', 'osType');
  if (!['Linux', 'Windows'].includes(props.osType))
    throw invalidParameter(
      `The osType '${props.osType}' is invalid. Allowed values: Linux, Windows.`,
      'properties.osType',
    );
  props.containers.forEach((c: any, i: number) => {
    const path = `properties.containers[${i}]`;
    if (!c.name) throw missingProperty(path, 'name');
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(c.name)) {
      throw new ArmError(
        400,
        'InvalidContainerName',
        `The container name '${c.name}' in container group is invalid. A valid container name must consist of lower case alphanumeric characters or '-', start and end with an alphanumeric character, and be 1 to 63 characters long.`,
        `${path}.name`,
      );
    }
    if (!c.properties?.image)
      throw missingProperty(`${path}.properties`, 'image');
    if (!c.properties.resources?.requests)
      throw missingProperty(`${path}.properties`, 'resources');
  });
}

/** The container group ACI stores: defaults filled in, secrets dropped, running at once. */
export function newGroupBody(
  id: string,
  input: Record<string, any>,
  provisioningState: string,
): Record<string, any> {
  const body = deepClone(input);
  delete body.id;
  delete body.name;
  delete body.type;
  body.location = normalizeLocation(body.location);
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

export const renderGroup = (record: StoredResource) =>
  renderResource(record, GROUP_TYPE, deepClone(record.body));
