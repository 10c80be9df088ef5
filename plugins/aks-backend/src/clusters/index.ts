import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { AzureClients } from '@aks-backstage/plugin-aks-node';
import { GitOpsConfig, GitOpsReads, readGitOpsConfig } from '../gitops';
import { MaintenanceReads } from '../maintenance/MaintenanceReads';
import { WorkloadIdentityReads } from '../workloadIdentity';
import { ArmReads } from './ArmReads';
import { ClusterReads } from './ClusterReads';
import { FleetReads } from './FleetReads';
import { RegionReads } from './RegionReads';
import { VmSizeReads } from './VmSizeReads';

export { ArmReads } from './ArmReads';
export { ClusterReads } from './ClusterReads';
export { FleetReads } from './FleetReads';
export { RegionReads } from './RegionReads';
export { VmSizeReads } from './VmSizeReads';

/** What is read of clusters from Azure, each through the one cache. */
export interface ClusterServices {
  arm: ArmReads;
  clusters: ClusterReads;
  fleet: FleetReads;
  regions: RegionReads;
  maintenance: MaintenanceReads;
  vmSizes: VmSizeReads;
  gitOps: GitOpsReads;
  workloadIdentities: WorkloadIdentityReads;
}

/** The cluster services over one cache. */
export function createClusterServices(options: {
  clients: AzureClients;
  cache: CacheService;
  logger: LoggerService;
  /** Whether `backend.cache` is Backstage's memory store, which no other replica shares. */
  cacheStoreIsProcessLocal?: boolean;
  /** The `aks.gitops` settings; their defaults without. */
  gitOps?: GitOpsConfig;
}): ClusterServices {
  const arm = new ArmReads(options);
  const regions = new RegionReads(arm);
  const maintenance = new MaintenanceReads(arm);
  const clusters = new ClusterReads(arm, regions, maintenance);
  return {
    arm,
    regions,
    maintenance,
    clusters,
    fleet: new FleetReads(arm, regions, maintenance),
    vmSizes: new VmSizeReads(arm),
    gitOps: new GitOpsReads(
      arm,
      options.gitOps ?? readGitOpsConfig(new ConfigReader({})),
    ),
    workloadIdentities: new WorkloadIdentityReads(arm, clusters),
  };
}
