import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AksClient } from './AksClient';

const baseUrl = 'http://localhost:7007/api/aks';

describe('AksClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new AksClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: new MockFetchApi(),
  });

  it('reads the fleet with its filters', async () => {
    server.use(
      http.get(`${baseUrl}/clusters`, ({ request }) =>
        HttpResponse.json({
          items: [],
          totalCount: 0,
          fetchedAt: '2026-11-23T00:00:00Z',
          stale: false,
          query: new URL(request.url).search,
        }),
      ),
    );

    const page = await client.getFleet({ health: 'stopped', cursor: '' });

    expect(page).toMatchObject({ totalCount: 0, query: '?health=stopped' });
  });

  it('throws the backend error with its message', async () => {
    server.use(
      http.get(`${baseUrl}/clusters`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'Not allowed: aks.cluster.read',
            },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    await expect(client.getFleet()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
    });
  });
});
