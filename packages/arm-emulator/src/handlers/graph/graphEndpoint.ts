import type { EmulatorContext } from '../../emulatorContext';
import type { ArmResponse } from '../armRequest';
import type { Application } from '../../persistence/applicationStore';

/** Microsoft Graph is served under this prefix: its base URL is `<emulator url>/graph`. */
export const GRAPH_PREFIX = '/graph';

const AUDIENCES = [
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
  '00000003-0000-0000-c000-000000000000',
];
/** The application permissions that let a client read applications. */
const READ_PERMISSIONS = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
];
const APPLICATION_BY_APP_ID =
  /^\/graph\/v1\.0\/applications\(appId='([^']*)'\)$/i;
const PROPERTIES = ['id', 'appId', 'displayName', 'passwordCredentials'];

/** What a Graph request carries that the handler needs. */
export interface GraphRequest {
  path: string;
  authorization?: string;
  query: URLSearchParams;
  baseUrl: string;
  requestId: string;
  clientRequestId?: string;
}

/** A matched Graph request. */
export interface GraphRoute {
  operation: string;
  handle: (
    ctx: EmulatorContext,
    req: GraphRequest,
  ) => { response: ArmResponse; clientId?: string };
}

/** Graph's error body: `{ error: { code, message, innerError } }`. */
function graphError(
  req: GraphRequest,
  status: number,
  code: string,
  message: string,
): ArmResponse {
  return {
    status,
    headers: graphHeaders(req),
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': req.requestId,
          'client-request-id': req.clientRequestId ?? req.requestId,
        },
      },
    },
  };
}

function graphHeaders(req: GraphRequest): Record<string, string> {
  return {
    'request-id': req.requestId,
    'client-request-id': req.clientRequestId ?? req.requestId,
  };
}

/** The application as Graph renders it: secrets only as a three-character hint. */
function render(app: Application): Record<string, unknown> {
  return {
    id: app.id,
    appId: app.appId,
    displayName: app.displayName,
    passwordCredentials: app.passwordCredentials.map(c => ({
      customKeyIdentifier: null,
      displayName: c.displayName ?? null,
      endDateTime: c.endDateTime,
      hint: c.secretText.slice(0, 3),
      keyId: c.keyId,
      secretText: null,
      startDateTime: c.startDateTime,
    })),
  };
}

function getApplication(
  ctx: EmulatorContext,
  req: GraphRequest,
  appId: string,
): { response: ArmResponse; clientId?: string } {
  const token = /^Bearer\s+(\S+)$/i.exec(req.authorization ?? '')?.[1];
  const verified = token ? ctx.tokens.verify(token) : undefined;
  if (!verified || 'problem' in verified) {
    return {
      response: graphError(
        req,
        401,
        'InvalidAuthenticationToken',
        token ? 'Access token validation failure.' : 'Access token is empty.',
      ),
    };
  }
  const principal = ctx.principals.get(verified.claims.appid);
  if (!principal || !AUDIENCES.includes(verified.claims.aud)) {
    return {
      response: graphError(
        req,
        401,
        'InvalidAuthenticationToken',
        'Access token validation failure. Invalid audience.',
      ),
    };
  }
  const clientId = principal.clientId;
  if (!principal.graphPermissions.some(p => READ_PERMISSIONS.includes(p))) {
    return {
      clientId,
      response: graphError(
        req,
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      ),
    };
  }
  const select = req.query
    .get('$select')
    ?.split(',')
    .map(p => p.trim())
    .filter(Boolean);
  const unknown = select?.find(p => !PROPERTIES.includes(p));
  if (unknown) {
    return {
      clientId,
      response: graphError(
        req,
        400,
        'BadRequest',
        `Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.application'.`,
      ),
    };
  }
  const app = ctx.applications.get(appId.toLowerCase());
  if (!app) {
    return {
      clientId,
      response: graphError(
        req,
        404,
        'Request_ResourceNotFound',
        `Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`,
      ),
    };
  }
  const rendered = render(app);
  const body: Record<string, unknown> = {
    '@odata.context': `${
      req.baseUrl
    }${GRAPH_PREFIX}/v1.0/$metadata#applications${
      select ? `(${select.join(',')})` : ''
    }/$entity`,
  };
  for (const property of select ?? PROPERTIES)
    body[property] = rendered[property];
  return {
    clientId,
    response: { status: 200, headers: graphHeaders(req), body },
  };
}

/** The Graph route for a path under {@link GRAPH_PREFIX}, or undefined for any other path. */
export function resolveGraphRoute(
  method: string,
  path: string,
): GraphRoute | undefined {
  if (!`${path.toLowerCase()}/`.startsWith(`${GRAPH_PREFIX}/`))
    return undefined;
  const match = method === 'GET' ? APPLICATION_BY_APP_ID.exec(path) : null;
  if (match) {
    return {
      operation: 'Graph_GetApplication',
      handle: (ctx, req) => getApplication(ctx, req, match[1]),
    };
  }
  return {
    operation: 'Graph_Unsupported',
    handle: (_ctx, req) => ({
      response: graphError(
        req,
        400,
        'BadRequest',
        `Resource not found for the segment '${path
          .slice(GRAPH_PREFIX.length)
          .split('/')
          .filter(Boolean)
          .pop()}'.`,
      ),
    }),
  };
}
