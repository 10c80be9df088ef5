import type { Extension } from '@azure/arm-kubernetesconfiguration';
import type {
  AksClusterRef,
  ClusterGitOps,
} from '@aks-backstage/plugin-aks-common';
import { ArmReads } from '../clusters/ArmReads';
import { findingsOf } from '../health/findingRule';
import {
  hasFluxExtension,
  ReadFluxConfiguration,
  toFluxConfiguration,
} from './armFlux';
import { FLUX_RULES } from './fluxRules';
import type { Repository } from './repository';

/** What is read of a cluster's GitOps, cached as one entry. */
interface ClusterFluxRead {
  fluxInstalled: boolean;
  configurations: ReadFluxConfiguration[];
}

const CLUSTER_RESOURCE = [
  'Microsoft.ContainerService',
  'managedClusters',
] as const;

/** The Flux extension and configurations of clusters, read through the cache. */
export class GitOpsReads {
  readonly #arm: ArmReads;
  readonly #nonCompliantWarningAfterMs: number;

  constructor(arm: ArmReads, options: { nonCompliantWarningAfterMs: number }) {
    this.#arm = arm;
    this.#nonCompliantWarningAfterMs = options.nonCompliantWarningAfterMs;
  }

  /**
   * A cluster's Flux configurations whose Git source is the repository
   * (none without one), each judged now. Throws what the read of the
   * cluster's extensions or configurations failed with.
   */
  async clusterGitOps(
    ref: AksClusterRef,
    repository: Repository | undefined,
  ): Promise<Omit<ClusterGitOps, 'clusterId'>> {
    const { value, fetchedAt, stale } = await this.#arm.read(
      ref.subscriptionId,
      `gitops:${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}`.toLowerCase(),
      () => this.#read(ref),
    );
    const now = Date.now();
    return {
      clusterName: ref.name,
      fluxInstalled: value.fluxInstalled,
      configurations: value.configurations
        .filter(c => repository && c.repositoryKey === repository.key)
        .map(({ repositoryKey, ...configuration }) => ({
          ...configuration,
          warnings: findingsOf(FLUX_RULES, {
            configuration,
            cluster: ref,
            now,
            nonCompliantWarningAfterMs: this.#nonCompliantWarningAfterMs,
          }),
        })),
      fetchedAt,
      stale,
    };
  }

  async #read(ref: AksClusterRef): Promise<ClusterFluxRead> {
    const { clients } = this.#arm;
    const client = clients.kubernetesConfiguration(ref.subscriptionId);
    const scope = [ref.resourceGroup, ...CLUSTER_RESOURCE, ref.name] as const;
    const [extensions, configurations] = await Promise.all([
      (async () => {
        const listed: Extension[] = [];
        for await (const extension of client.extensions.list(
          ...scope,
          clients.requestOptions(),
        )) {
          listed.push(extension);
        }
        return listed;
      })(),
      (async () => {
        const listed: ReadFluxConfiguration[] = [];
        for await (const config of client.fluxConfigurations.list(
          ...scope,
          clients.requestOptions(),
        )) {
          const read = config && toFluxConfiguration(config);
          if (read) listed.push(read);
        }
        return listed;
      })(),
    ]);
    return { fluxInstalled: hasFluxExtension(extensions), configurations };
  }
}
