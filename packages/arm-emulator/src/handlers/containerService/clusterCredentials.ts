import type { EmulatorContext } from '../../emulatorContext';
import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import { nameOf, shortHash } from '../../util/ids';
import { requireCluster } from './clusterOperations';

const yamlString = (value: string) => JSON.stringify(value);

/**
 * ManagedClusters_ListClusterUserCredentials: one kubeconfig, as AKS returns
 * it: the API server at the cluster's FQDN (private with
 * `server-fqdn=private`) with the CA the emulator's server certificate
 * chains to, and kubelogin for AAD clusters or a local-account token.
 */
export function listClusterUserCredentials(
  req: ArmRequest,
  ctx: EmulatorContext,
): ArmResponse {
  const record = requireCluster(req, ctx);
  const props = record.body.properties;
  const name = nameOf(record.id);
  const group = req.params.resourceGroupName;
  const host =
    req.query.get('server-fqdn') === 'private' && props.privateFQDN
      ? props.privateFQDN
      : props.fqdn ?? props.privateFQDN;
  const user = `clusterUser_${group}_${name}`;
  const credentials = props.aadProfile?.managed
    ? [
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1beta1',
        '      command: kubelogin',
        `      args: [get-token, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630, --login, devicecode, --tenant-id, ${ctx.tenantId}]`,
        '      interactiveMode: IfAvailable',
      ]
    : [`    token: ${shortHash(`${record.id.toLowerCase()}/user-token`, 64)}`];
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${Buffer.from(ctx.caCertPem).toString(
      'base64',
    )}`,
    `    server: ${yamlString(`https://${host}:443`)}`,
    `  name: ${name}`,
    'contexts:',
    '- context:',
    `    cluster: ${name}`,
    `    user: ${user}`,
    `  name: ${name}`,
    `current-context: ${name}`,
    'preferences: {}',
    'users:',
    `- name: ${user}`,
    '  user:',
    ...credentials,
    '',
  ].join('\n');
  return ok({
    kubeconfigs: [
      {
        name: 'clusterUser',
        value: Buffer.from(kubeconfig).toString('base64'),
      },
    ],
  });
}
