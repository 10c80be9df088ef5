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
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import { AksContent } from './AksContent';

// A file of its own: permission decisions are cached per permission and
// entity for the life of the module, so an allowing test would leak in.
const server = setupAksBackend();

it('shows the clusters but no operation controls without aks.cluster.operate', async () => {
  server.use(
    http.get(aksUrl('/entities/component/default/payments-api/clusters'), () =>
      HttpResponse.json(
        entityClusters({ clusterId: cluster().id, cluster: cluster() }),
      ),
    ),
  );
  const permissionApi = mockApis.permission({
    authorize: AuthorizeResult.DENY,
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
});
