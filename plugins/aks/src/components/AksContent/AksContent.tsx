import { EntityClusterSections } from '../EntityClusters';
import { ClusterPanel } from './ClusterPanel';

/** The entity tab: every cluster the entity names, each with what can be done to it. */
export function AksContent(props: { pollMs?: number }) {
  return (
    <div data-aks-plugin>
      <EntityClusterSections>
        {(cluster, { entityRef, reload }) => (
          <ClusterPanel
            cluster={cluster}
            entityRef={entityRef}
            reload={reload}
            pollMs={props.pollMs}
          />
        )}
      </EntityClusterSections>
    </div>
  );
}
