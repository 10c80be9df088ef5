import type { HealthRule } from '../healthRule';

/**
 * Rules about the network settings, which are chosen when the cluster is
 * created: moving off kubenet is a migration that reimages every node, not a
 * setting to flip. The two kubenet rules say different things: when support
 * ends, and what goes wrong until then; the DNS rule points at the
 * retirement rule's migration instead of repeating it.
 */
export const NETWORK_RULES = [
  {
    scope: 'cluster',
    code: 'KubenetRetiring',
    title: 'kubenet is retiring',
    severity: 'warning',
    applies: input => input.networkPlugin === 'kubenet',
    message: () =>
      'The kubenet network plugin is retiring on 31 March 2028; migrate the cluster to Azure CNI Overlay.',
    remedy: () =>
      'Migrate to Azure CNI Overlay before the retirement date (`az aks update --network-plugin azure --network-plugin-mode overlay`, which reimages every node), or move the workloads to a new cluster.',
    docsUrl: 'https://learn.microsoft.com/azure/aks/upgrade-azure-cni',
  },
  {
    scope: 'cluster',
    code: 'KubenetDnsTimeouts',
    title: 'DNS timeouts on kubenet',
    severity: 'warning',
    applies: input => input.networkPlugin === 'kubenet',
    message: () =>
      "On kubenet, pods reach CoreDNS through the nodes' iptables NAT, where conntrack races drop UDP packets: " +
      'lookups intermittently time out after five seconds, more often under load.',
    remedy: () =>
      'Run NodeLocal DNSCache on the nodes, so that lookups are answered on the node itself; ' +
      'or leave kubenet for Azure CNI (the migration of the kubenet retirement finding), ' +
      'best with the Cilium data plane (`--network-dataplane cilium`), whose eBPF service routing avoids the race.',
    docsUrl:
      'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/dns/basic-troubleshooting-dns-resolution-problems',
  },
] as const satisfies ReadonlyArray<HealthRule>;
