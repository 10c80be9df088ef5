import { ResourceStore } from './persistence/resourceStore';
import { PrincipalStore } from './persistence/principalStore';
import { SubscriptionStore } from './persistence/subscriptionStore';
import { ApplicationStore } from './persistence/applicationStore';
import { WorkloadStore } from './persistence/workloadStore';
import { RequestLog } from './persistence/requestLog';
import { OperationTracker } from './lro/operationTracker';
import type { FaultController } from './faults/faultController';
import { TokenIssuer } from './authentication/tokenIssuer';
import { EmulatorClock } from './clock/emulatorClock';
import { QuotaStore } from './persistence/quotaStore';
import { GitRepositoryReachability } from './handlers/kubernetesConfiguration/gitRepositoryReachability';

/** How long operations take and how lists page. */
export interface EmulatorSettings {
  lroDurationMs: number;
  pageSize: number;
}

/** Everything a handler may read or change: the emulator's stores and services, made here. */
export class EmulatorContext {
  readonly store = new ResourceStore();
  readonly principals = new PrincipalStore();
  readonly subscriptions = new SubscriptionStore();
  /** Application registrations Microsoft Graph serves. */
  readonly applications = new ApplicationStore();
  /** Applications deployed on each cluster's Kubernetes API. */
  readonly workloads = new WorkloadStore();
  readonly requestLog = new RequestLog();
  /** Compute quotas (vCPU limits) per subscription and region. */
  readonly quotas = new QuotaStore();
  /** Git repositories the clusters' Flux controllers cannot reach, and since when. */
  readonly gitRepositories = new GitRepositoryReachability();
  /** Azure's time, which tests may move forward. */
  readonly clock = new EmulatorClock();
  readonly operations: OperationTracker;
  readonly tokens: TokenIssuer;

  constructor(
    readonly tenantId: string,
    /** The CA that signed the server's certificate, as the clusters' kubeconfigs name it. */
    readonly caCertPem: string,
    readonly faults: FaultController,
    readonly settings: EmulatorSettings,
  ) {
    this.operations = new OperationTracker(faults, this.clock);
    this.tokens = new TokenIssuer(tenantId);
  }
}
