import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { mockApis } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type {
  ClusterMaintenance,
  ClusterResponse,
  UpgradeReadiness,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef, AksClient } from '../../../api';
import {
  annotated,
  cluster as clusterFixture,
  ENTITY_REF,
  entityClusters,
  operation,
} from '../../../__testUtils__/fixtures';
import {
  maintenance as maintenanceFixture,
  readiness as readinessFixture,
} from '../../../__testUtils__/maintenanceFixtures';
import {
  EntityReadAnswers,
  entityReadsBackend,
} from '../../../__testUtils__/entityReadFixtures';
import { aksUrl } from '../../../__testUtils__/mswServer';
import { AksContent } from '../AksContent';

export const CLUSTER =
  '/clusters/6f1a2b3c-0000-4000-8000-000000000001/rg-payments-prod/aks-payments-prod';

export interface SeenRequest {
  method: string;
  url: URL;
  body?: any;
}

/**
 * The backend of the clusters tab for one cluster, answering through the
 * entity only: the cluster, its maintenance, an upgrade's readiness,
 * operations that succeed, and the entity's GitOps and identities. Returns
 * the requests it saw.
 */
export function tabBackend(
  server: SetupServer,
  options: {
    cluster?: ClusterResponse;
    maintenance?: ClusterMaintenance;
    readiness?: UpgradeReadiness;
  } & EntityReadAnswers = {},
) {
  // First, so that the handler below that records every request sees these too.
  entityReadsBackend(server, {
    gitOps: options.gitOps,
    identities: options.identities,
  });
  const requests: SeenRequest[] = [];
  const cluster = options.cluster ?? clusterFixture();
  const throughEntity = (request: Request) =>
    new URL(request.url).searchParams.get('entityRef') === ENTITY_REF;
  const refused = () =>
    HttpResponse.json(
      { error: { name: 'NotAllowedError', message: 'no' } },
      { status: 403 },
    );
  server.use(
    http.all(aksUrl('/*'), async ({ request }) => {
      const text = ['POST', 'PUT'].includes(request.method)
        ? await request.clone().text()
        : '';
      requests.push({
        method: request.method,
        url: new URL(request.url),
        body: text ? JSON.parse(text) : undefined,
      });
      return undefined;
    }),
    http.get(aksUrl('/entities/component/default/payments-api/clusters'), () =>
      HttpResponse.json(entityClusters({ clusterId: cluster.id, cluster })),
    ),
    http.get(aksUrl(`${CLUSTER}/maintenance`), ({ request }) =>
      throughEntity(request)
        ? HttpResponse.json(options.maintenance ?? maintenanceFixture())
        : refused(),
    ),
    http.get(aksUrl(`${CLUSTER}/upgrade-readiness`), ({ request }) =>
      throughEntity(request)
        ? HttpResponse.json(options.readiness ?? readinessFixture())
        : refused(),
    ),
    http.post(aksUrl(`${CLUSTER}/upgrade`), ({ request }) =>
      throughEntity(request)
        ? HttpResponse.json(
            operation({ kind: 'upgradeControlPlane', status: 'InProgress' }),
            { status: 202 },
          )
        : refused(),
    ),
    http.get(aksUrl('/operations/:id'), () =>
      HttpResponse.json(
        operation({ kind: 'upgradeControlPlane', status: 'Succeeded' }),
      ),
    ),
  );
  return requests;
}

const aksClient = new AksClient({
  discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

/** The tab of payments-api, whose user is allowed everything or nothing. */
export function renderTab(allowed = true) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aksApiRef, aksClient],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          }),
        ],
      ]}
    >
      <EntityProvider entity={annotated('aks-payments-prod')}>
        <AksContent pollMs={5} />
      </EntityProvider>
    </TestApiProvider>,
  );
}
