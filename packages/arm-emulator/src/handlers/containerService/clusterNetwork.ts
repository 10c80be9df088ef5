import { stableGuid } from '../../util/ids';

/** The network profile of a new cluster: what the client sent, with AKS's defaults. */
export function defaultNetworkProfile(
  input: Record<string, any> | undefined,
): Record<string, any> {
  const network: Record<string, any> = { networkPlugin: 'azure', ...input };
  if (
    input?.networkPlugin === undefined &&
    input?.networkPluginMode === undefined
  )
    network.networkPluginMode = 'overlay';
  if (
    network.networkPlugin === 'kubenet' ||
    network.networkPluginMode === 'overlay'
  )
    network.podCidr ??= '10.244.0.0/16';
  network.serviceCidr ??= '10.0.0.0/16';
  network.dnsServiceIP ??= '10.0.0.10';
  network.outboundType ??= 'loadBalancer';
  network.loadBalancerSku ??= 'standard';
  network.ipFamilies ??= ['IPv4'];
  if (network.networkDataplane === 'cilium') network.networkPolicy ??= 'cilium';
  if (network.podCidr) network.podCidrs ??= [network.podCidr];
  network.serviceCidrs ??= [network.serviceCidr];
  return network;
}

/**
 * A standard load balancer's profile as AKS fills it in: one managed outbound
 * IP unless the client brings its own, its defaults, and the effective IPs
 * (managed ones live in the node resource group).
 */
export function withOutboundIPs(
  network: Record<string, any>,
  clusterId: string,
  nodeResourceGroup: string,
): Record<string, any> {
  if (
    network.outboundType !== 'loadBalancer' ||
    network.loadBalancerSku !== 'standard'
  )
    return network;
  const lb: Record<string, any> = { ...network.loadBalancerProfile };
  if (!lb.outboundIPs && !lb.outboundIPPrefixes)
    lb.managedOutboundIPs ??= { count: 1 };
  lb.allocatedOutboundPorts ??= 0;
  lb.idleTimeoutInMinutes ??= 30;
  const subscriptionId = clusterId.split('/')[2];
  lb.effectiveOutboundIPs = lb.managedOutboundIPs
    ? Array.from({ length: lb.managedOutboundIPs.count ?? 1 }, (_, i) => ({
        id: `/subscriptions/${subscriptionId}/resourceGroups/${nodeResourceGroup}/providers/Microsoft.Network/publicIPAddresses/${stableGuid(
          `${clusterId.toLowerCase()}/outbound/${i}`,
        )}`,
      }))
    : (lb.outboundIPs?.publicIPs ?? []).map((ip: { id: string }) => ({
        id: ip.id,
      }));
  return { ...network, loadBalancerProfile: lb };
}
