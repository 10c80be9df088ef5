import type {
  FaultRule,
  InstalledFault,
  LatencySettings,
  LroFailureRule,
  ThrottlingSettings,
} from './faults/faultTypes';
import type {
  RequestLogEntry,
  RequestLogFilter,
} from './persistence/requestLog';
import type {
  Principal,
  PrincipalRegistration,
} from './persistence/principalStore';
import type { ApplicationRegistration } from './persistence/applicationStore';
import type { QuotaLimit } from './persistence/quotaStore';
import type { AutoUpgradeStarted } from './handlers/containerService/autoUpgrade';

/** Options of {@link startArmEmulator}. @public */
export interface ArmEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** 'demo' (default), 'empty' or 'fleet:<clusters>x<subscriptions>'. */
  seed?: string;
  /** How long ARM takes to answer: every response leaves this long after its request came, the emulator's own work included. */
  latencyMs?: number;
  /** Random extra latency, 0..jitterMs. */
  jitterMs?: number;
  /** How long long-running operations take (default 20 ms). */
  lroDurationMs?: number;
  /** List page size before `nextLink` (default 100). */
  pageSize?: number;
  /** Per-subscription token buckets (default false: no throttling). */
  throttling?: false | ThrottlingSettings;
}

/** A stored resource as the admin API shows it. @public */
export interface AdminResource {
  id: string;
  type: string;
  body: unknown;
}

/** Where to move the emulator's clock: forward by minutes, or to a later time. @public */
export type ClockChange = { advanceMinutes: number } | { now: string };

/** The emulator's clock after a move, and the auto-upgrades the move started. @public */
export interface ClockMove {
  /** ISO 8601, UTC. */
  now: string;
  autoUpgrades: AutoUpgradeStarted[];
}

/** Fault injection and state inspection. @public */
export interface EmulatorAdmin {
  setLatency(settings: Partial<LatencySettings>): void;
  addFault(rule: FaultRule): string;
  removeFault(id: string): boolean;
  listFaults(): InstalledFault[];
  /** The next matching LRO ends Failed, with `status.provisioningError` on AKS resources. */
  failNextLro(rule?: LroFailureRule): void;
  setThrottling(settings: ThrottlingSettings | false): void;
  /** Clears faults, LRO failures and throttling state, restores start-up latency and puts the clock back to real time. */
  reset(): void;
  /** The emulator's time (ISO 8601, UTC): real time plus how far it was moved. */
  clock(): { now: string };
  /**
   * Moves the clock forward; clusters whose auto-upgrade or node OS channel
   * has work and whose maintenance window opens meanwhile start upgrading.
   */
  advanceClock(change: ClockChange): ClockMove;
  /** Sets a compute quota (a `Usage_List` limit) of a subscription in a region. */
  setQuota(limit: QuotaLimit): void;
  /**
   * From now on (the emulator's clock) the clusters' Flux controllers cannot
   * reach this Git repository (URL as the configurations name it; case and
   * trailing slashes aside): each Flux configuration of it turns
   * Non-Compliant at its next reconciliation, within one sync interval.
   */
  markGitRepositoryUnreachable(url: string): void;
  /** The repository can be reached again from now on; false when it already could. */
  markGitRepositoryReachable(url: string): boolean;
  /** Every Git repository that cannot be reached now. */
  unreachableGitRepositories(): string[];
  requests(filter?: RequestLogFilter): RequestLogEntry[];
  clearRequests(): void;
  /** The resource as a GET would return it (clusters include their pools), or undefined. */
  getResource(id: string): any;
  /** Stores a body as-is (clusters' agentPoolProfiles become pools). */
  putResource(id: string, body: any): void;
  deleteResource(id: string): boolean;
  listResources(type?: string): AdminResource[];
  addPrincipal(registration: PrincipalRegistration): Principal;
  /** Registers an application that Microsoft Graph serves, with its client secrets' end dates. */
  addApplication(registration: ApplicationRegistration): void;
  listPrincipals(): Principal[];
  /** A valid ARM access token for a registered client. */
  issueToken(
    clientId: string,
    options?: { audience?: string; lifetimeSeconds?: number },
  ): string;
}

/** A running emulator. @public */
export interface ArmEmulator {
  /** https://127.0.0.1:PORT — the ARM endpoint. */
  url: string;
  /** The Entra authority host (same server). */
  authorityHost: string;
  /** The Microsoft Graph base URL (same server, under `/graph`). */
  graphEndpoint: string;
  /**
   * The Kubernetes API server of each cluster (same server, under `/kubernetes`), with
   * `{subscriptionId}`, `{resourceGroup}` and `{name}` to fill in.
   */
  kubernetesUrlTemplate: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  subscriptionIds: string[];
  /** PEM of the CA that signed the server certificate. */
  caCertPem: string;
  admin: EmulatorAdmin;
  stop(): Promise<void>;
}
