import type { EmulatorAdmin } from '../types';
import type { ArmResponse } from '../handlers/armRequest';
import type { RequestLogFilter } from '../persistence/requestLog';

/** Path prefix of the admin API; outside ARM's URL space. */
export const ADMIN_PREFIX = '/_emulator';

function parse(body: string): any {
  return body.trim() ? JSON.parse(body) : undefined;
}

function filterFrom(query: URLSearchParams): RequestLogFilter {
  const filter: RequestLogFilter = {};
  for (const key of [
    'method',
    'operation',
    'pathContains',
    'subscriptionId',
    'clientId',
    'since',
  ] as const) {
    const value = query.get(key);
    if (value) filter[key] = value;
  }
  if (query.get('status')) filter.status = Number(query.get('status'));
  return filter;
}

/** JSON-over-HTTP access to {@link EmulatorAdmin}, for other processes. */
export function handleAdminRequest(
  admin: EmulatorAdmin,
  info: () => unknown,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: string,
): ArmResponse {
  const route = `${method} ${path.slice(ADMIN_PREFIX.length) || '/'}`;
  const body = () => parse(rawBody);
  const id = query.get('id') ?? '';
  try {
    switch (true) {
      case route === 'GET /info':
        return { status: 200, body: info() };
      case route === 'GET /requests':
        return {
          status: 200,
          body: { value: admin.requests(filterFrom(query)) },
        };
      case route === 'DELETE /requests':
        admin.clearRequests();
        return { status: 204 };
      case route === 'GET /faults':
        return { status: 200, body: { value: admin.listFaults() } };
      case route === 'POST /faults':
        return { status: 201, body: { id: admin.addFault(body()) } };
      case route.startsWith('DELETE /faults/'):
        return {
          status: admin.removeFault(route.split('/').pop()!) ? 204 : 404,
        };
      case route === 'PUT /latency':
        admin.setLatency(body());
        return { status: 204 };
      case route === 'POST /lro-failures':
        admin.failNextLro(body());
        return { status: 204 };
      case route === 'PUT /throttling':
        admin.setThrottling(body() ?? false);
        return { status: 204 };
      case route === 'POST /reset':
        admin.reset();
        return { status: 204 };
      case route === 'GET /clock':
        return { status: 200, body: admin.clock() };
      case route === 'POST /clock':
        return { status: 200, body: admin.advanceClock(body()) };
      case route === 'PUT /quotas':
        admin.setQuota(body());
        return { status: 204 };
      case route === 'GET /gitops/unreachable':
        return {
          status: 200,
          body: { value: admin.unreachableGitRepositories() },
        };
      case route === 'POST /gitops/unreachable':
        admin.markGitRepositoryUnreachable(body()?.url);
        return { status: 204 };
      case route === 'DELETE /gitops/unreachable':
        return {
          status: admin.markGitRepositoryReachable(
            query.get('url') ?? body()?.url,
          )
            ? 204
            : 404,
        };
      case route === 'GET /resources':
        return {
          status: 200,
          body: { value: admin.listResources(query.get('type') ?? undefined) },
        };
      case route === 'GET /resource': {
        const resource = admin.getResource(id);
        return resource
          ? { status: 200, body: resource }
          : {
              status: 404,
              body: {
                error: { code: 'NotFound', message: `No resource '${id}'.` },
              },
            };
      }
      case route === 'PUT /resource':
        admin.putResource(id, body());
        return { status: 204 };
      case route === 'DELETE /resource':
        return { status: admin.deleteResource(id) ? 204 : 404 };
      case route === 'GET /principals':
        return { status: 200, body: { value: admin.listPrincipals() } };
      case route === 'POST /applications':
        admin.addApplication(body());
        return { status: 204 };
      case route === 'POST /principals':
        return { status: 201, body: admin.addPrincipal(body()) };
      case route === 'POST /tokens': {
        const request = body();
        return {
          status: 200,
          body: { accessToken: admin.issueToken(request.clientId, request) },
        };
      }
      default:
        return {
          status: 404,
          body: {
            error: {
              code: 'NotFound',
              message: `Unknown admin route '${route}'.`,
            },
          },
        };
    }
  } catch (error) {
    return {
      status: 400,
      body: {
        error: { code: 'BadRequest', message: (error as Error).message },
      },
    };
  }
}
