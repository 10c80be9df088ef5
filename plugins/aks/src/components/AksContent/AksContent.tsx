import { EntityClusterSections } from '../EntityClusters';
import { useEntityGitOps } from '../GitOps';
import { useEntityWorkloadIdentities } from '../WorkloadIdentity';
import { ClusterPanel } from './ClusterPanel';

/** The entity tab: every cluster the entity names, each with what can be done to it. */
export function AksContent(props: { pollMs?: number }) {
  // Read once for the entity, shown per cluster; Refresh reads them again too.
  const gitOps = useEntityGitOps();
  const identities = useEntityWorkloadIdentities();
  return (
    <div data-aks-plugin>
      <EntityClusterSections>
        {(cluster, { entityRef, reload }) => (
          <ClusterPanel
            cluster={cluster}
            entityRef={entityRef}
            reload={() => {
              reload();
              gitOps.retry();
              identities.retry();
            }}
            gitOps={gitOps}
            identities={identities}
            pollMs={props.pollMs}
          />
        )}
      </EntityClusterSections>
    </div>
  );
}
