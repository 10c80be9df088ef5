import type { ManagedCluster } from '@azure/arm-containerservice';
import { assertError } from '@backstage/errors';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import { ClusterServices } from '../clusters';
import { toClusterDetails } from '../clusters/armMapping';
import {
  ApiServerUnreachableError,
  ClusterCas,
  kubernetesAccessOf,
} from './kubernetesAccess';
import { readKubernetesChecks } from './kubernetesChecks';
import { poolSurges } from './poolSurges';
import { azureFailure } from './azureFailure';
import { readComputeUsages } from './computeUsages';
import { checkQuota, quotaUnreadable } from './quota';
import { offeredVersions, resolveTargetVersion } from './targetVersion';
import { UpgradeFinding, UpgradeReadiness } from './types';
import { planUpgradePath } from './upgradePath';

/** How an upgrade is checked. */
export interface ReadinessOptions {
  /** Only the control plane is upgraded. */
  controlPlaneOnly?: boolean;
  /** The request field that named the version, for the InputError of a version not offered. */
  field?: string;
}

const SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 };

/**
 * Whether an upgrade would go through, checked before it starts: the version
 * path, the surge nodes against the region's quota, and the cluster's
 * PodDisruptionBudgets and deprecated API use. The version is checked
 * against the cached upgrade profile first, with no other Azure call; the
 * rest is read fresh, and each part that cannot be read is a finding.
 */
export class UpgradeReadinessChecks {
  readonly #reads: ClusterServices;
  readonly #cas = new ClusterCas();

  constructor(reads: ClusterServices) {
    this.#reads = reads;
  }

  async check(
    ref: AksClusterRef,
    version: string,
    options: ReadinessOptions = {},
  ): Promise<UpgradeReadiness> {
    const upgrades = await this.#reads.clusters.getUpgrades(ref);
    const target = resolveTargetVersion(
      version,
      upgrades,
      options.field ?? 'version',
    );
    const cluster = await this.#readCluster(ref);
    const details = toClusterDetails(ref, cluster, undefined);
    const current = details.currentKubernetesVersion;
    const { path, findings } = planUpgradePath({
      controlPlane: current,
      pools: details.nodePools.map(p => ({
        name: p.name,
        version: p.currentOrchestratorVersion,
      })),
      target,
      offered: offeredVersions(upgrades),
      controlPlaneOnly: options.controlPlaneOnly,
    });
    const upgraded = new Set(
      path.filter(s => s.kind === 'nodePool').map(s => s.name),
    );
    const [sizes, usages, kubernetes] = await Promise.all([
      this.#reads.vmSizes
        .listVmSizes(ref.subscriptionId, details.location)
        .then(
          fresh => fresh.value,
          () => undefined,
        ),
      readComputeUsages(this.#reads.arm, ref.subscriptionId, details.location),
      readKubernetesChecks(
        () =>
          kubernetesAccessOf(
            this.#reads.arm.clients,
            ref,
            cluster,
            this.#cas,
          ).catch(error => {
            throw this.#described(error, ref);
          }),
        current,
        target,
      ),
    ]);
    const pools = poolSurges(
      cluster,
      details.nodePools.filter(p => upgraded.has(p.name)),
      sizes,
    );
    const quota =
      'error' in usages
        ? { quota: [], findings: [quotaUnreadable(usages.error)] }
        : checkQuota(pools, usages.value);
    const all = [...findings, ...kubernetes.findings, ...quota.findings].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    return {
      targetVersion: target,
      currentVersion: current,
      path,
      pools: pools.map(({ spot: _spot, ...pool }) => pool),
      quota: quota.quota,
      disruptionBudgets: kubernetes.disruptionBudgets,
      deprecatedApis: kubernetes.deprecatedApis,
      findings: all,
      blocking: all.some(f => f.severity === 'blocking'),
      fetchedAt: new Date().toISOString(),
    };
  }

  /** The cluster as ARM has it now: the check must not rest on a cached read. */
  async #readCluster(ref: AksClusterRef): Promise<ManagedCluster> {
    const { clients } = this.#reads.arm;
    try {
      return await clients
        .containerService(ref.subscriptionId)
        .managedClusters.get(
          ref.resourceGroup,
          ref.name,
          clients.requestOptions(),
        );
    } catch (error) {
      throw this.#reads.arm.described(
        error,
        ref.subscriptionId,
        `managed cluster ${ref.name}`,
      );
    }
  }

  /** A failure to reach the Kubernetes API, in words that name no secret. */
  #described(error: unknown, ref: AksClusterRef): Error {
    assertError(error);
    if (error instanceof ApiServerUnreachableError) return error;
    return new Error(
      azureFailure(
        this.#reads.arm,
        error,
        ref.subscriptionId,
        `the Kubernetes API access of ${ref.name}`,
      ),
    );
  }
}

/** Findings that stop an upgrade unless it is confirmed. */
export function blockingFindings(
  readiness: UpgradeReadiness,
): UpgradeFinding[] {
  return readiness.findings.filter(f => f.severity === 'blocking');
}

const byReads = new WeakMap<ClusterServices, UpgradeReadinessChecks>();

/** The readiness checks over a set of cluster services, one per set. */
export function upgradeReadinessOf(
  reads: ClusterServices,
): UpgradeReadinessChecks {
  let checks = byReads.get(reads);
  if (!checks) {
    checks = new UpgradeReadinessChecks(reads);
    byReads.set(reads, checks);
  }
  return checks;
}
