import type { ResourceStore } from './state/resourceStore';
import type { Principal, Subscription } from './state/principals';
import type { OperationTracker } from './lro/operationTracker';
import type { FaultController } from './faults/faultController';
import type { RequestLog } from './requestLog';
import type { TokenIssuer } from './entra/tokenIssuer';
import type { WorkloadSpec } from './kubernetes/workloads';
import type { Application } from './state/applications';

/** Everything a handler may read or change. */
export interface EmulatorContext {
  tenantId: string;
  /** The CA that signed the server's certificate, as the clusters' kubeconfigs name it. */
  caCertPem: string;
  store: ResourceStore;
  /** By client id. */
  principals: Map<string, Principal>;
  /** By lower-cased subscription id. */
  subscriptions: Map<string, Subscription>;
  /** Application registrations Microsoft Graph serves, by lower-cased app id. */
  applications: Map<string, Application>;
  operations: OperationTracker;
  faults: FaultController;
  requestLog: RequestLog;
  tokens: TokenIssuer;
  /** Applications deployed on each cluster's Kubernetes API, by lower-cased cluster id. */
  workloads: Map<string, WorkloadSpec[]>;
  settings: { lroDurationMs: number; pageSize: number };
}
