import { entityRepository } from '../gitops';
import { entityNamespace } from '../workloadIdentity';
import { entityOfPath, readEachCluster } from './entityClusterReads';
import { AksRouter, RouteServices } from './routeServices';

/** An entity's GitOps and workload identities, per cluster of the entity. */
export function addEntityConcernRoutes(
  router: AksRouter,
  services: RouteServices,
) {
  const { reads } = services;

  router.get('/entities/:kind/:namespace/:name/gitops', async (req, res) => {
    const { entityRef, entity, clusters } = await entityOfPath(services, req);
    const repository = entityRepository(entity);
    const items = await readEachCluster(clusters, ref =>
      reads.gitOps.clusterGitOps(ref, repository),
    );
    res.json({ entityRef, repositoryUrl: repository?.url, items });
  });

  router.get(
    '/entities/:kind/:namespace/:name/workload-identities',
    async (req, res) => {
      const { entityRef, entity, clusters, production } = await entityOfPath(
        services,
        req,
      );
      const namespace = entityNamespace(entity);
      const items = await readEachCluster(clusters, ref =>
        reads.workloadIdentities.clusterIdentities(ref, namespace, {
          production,
        }),
      );
      res.json({ entityRef, namespace, items });
    },
  );
}
