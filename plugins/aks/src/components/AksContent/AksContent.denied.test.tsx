import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { mockApis } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import { aksApiRef, AksClient } from '../../api';
import {
  annotated,
  cluster,
  entityClusters,
} from '../../__testUtils__/fixtures';
import { entityReadsBackend } from '../../__testUtils__/entityReadFixtures';
import { maintenance } from '../../__testUtils__/maintenanceFixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import { AksContent } from './AksContent';

// A file of its own: permission decisions are cached per permission and
// entity for the life of the module, so an allowing test would leak in.
const server = setupAksBackend();

it('shows the clusters and their maintenance but no operation or window controls without aks.cluster.operate and aks.cluster.maintenance', async () => {
  entityReadsBackend(server);
  server.use(
    http.get(
      aksUrl(
        '/clusters/6f1a2b3c-0000-4000-8000-000000000001/rg-payments-prod/aks-payments-prod/maintenance',
      ),
      () => HttpResponse.json(maintenance()),
    ),
    http.get(aksUrl('/entities/component/default/payments-api/clusters'), () =>
      HttpResponse.json(
        entityClusters({ clusterId: cluster().id, cluster: cluster() }),
      ),
    ),
  );
  const asked: string[] = [];
  const permissionApi = mockApis.permission({
    authorize: request => {
      asked.push(request.permission.name);
      return AuthorizeResult.DENY;
    },
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          aksApiRef,
          new AksClient({
            discoveryApi: {
              getBaseUrl: async () => 'http://localhost:7007/api/aks',
            },
            fetchApi: { fetch: (...args) => fetch(...args) },
          }),
        ],
        [permissionApiRef, permissionApi],
      ]}
    >
      <EntityProvider entity={annotated('aks-payments-prod')}>
        <AksContent />
      </EntityProvider>
    </TestApiProvider>,
  );
  const bar = await screen.findByRole('toolbar', {
    name: 'Actions of aks-payments-prod',
  });
  expect(bar).toHaveTextContent(/^Refresh$/);
  expect(
    screen.getByLabelText('Upgrades of aks-payments-prod'),
  ).toBeInTheDocument();
  expect(
    screen.queryByRole('button', { name: /Actions of node pool/ }),
  ).toBeNull();
  expect(
    await screen.findByRole('list', { name: 'Next auto-upgrade windows' }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Set window…' })).toBeNull();
  expect(asked).toContain('aks.cluster.maintenance');
});
