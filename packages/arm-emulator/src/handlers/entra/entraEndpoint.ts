import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../../emulatorContext';
import type { ArmResponse } from '../armRequest';

/** A matched Entra (login.microsoftonline.com-like) request. */
export interface EntraRoute {
  operation: string;
  handle: (ctx: EmulatorContext, baseUrl: string, body: string) => ArmResponse;
}

function entraError(
  status: number,
  error: string,
  code: number,
  description: string,
): ArmResponse {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

const tenantNotFound = (tenant: string) =>
  entraError(
    400,
    'invalid_tenant',
    90002,
    `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  );

function knownTenant(ctx: EmulatorContext, tenant: string): boolean {
  return [ctx.tenantId, 'organizations', 'common'].includes(
    tenant.toLowerCase(),
  );
}

function openIdConfiguration(
  ctx: EmulatorContext,
  baseUrl: string,
  tenant: string,
): ArmResponse {
  if (!knownTenant(ctx, tenant)) return tenantNotFound(tenant);
  const base = `${baseUrl}/${ctx.tenantId}`;
  return {
    status: 200,
    body: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic',
      ],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: [
        'code',
        'id_token',
        'code id_token',
        'id_token token',
      ],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${baseUrl}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'nbf',
        'oid',
        'tid',
        'appid',
      ],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    },
  };
}

function token(
  ctx: EmulatorContext,
  tenant: string,
  rawBody: string,
): ArmResponse {
  const form = new URLSearchParams(rawBody);
  if (!knownTenant(ctx, tenant)) return tenantNotFound(tenant);
  if (form.get('grant_type') !== 'client_credentials') {
    return entraError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${form.get(
        'grant_type',
      )}'.`,
    );
  }
  const clientId = form.get('client_id') ?? '';
  const principal = ctx.principals.get(clientId);
  if (!principal) {
    return entraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${ctx.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  if (form.get('client_secret') !== principal.clientSecret) {
    return entraError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
  }
  const scope = form.get('scope') ?? form.get('resource') ?? '';
  const resource = scope.split(' ')[0].replace(/\/\.default$/, '');
  if (!resource)
    return entraError(
      400,
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid.',
    );
  const audience = resource.endsWith('/') ? resource : `${resource}/`;
  const issued = ctx.tokens.issue(principal, audience);
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ext_expires_in: issued.expiresIn,
      access_token: issued.token,
    },
  };
}

/** Returns the Entra route for a path, or undefined when the path belongs to ARM. */
export function resolveEntraRoute(
  method: string,
  path: string,
): EntraRoute | undefined {
  const segments = path.split('/').filter(Boolean);
  const [tenant, ...rest] = segments;
  const tail = rest.join('/').toLowerCase();
  if (
    !tenant ||
    ['subscriptions', 'providers', '_emulator'].includes(tenant.toLowerCase())
  )
    return undefined;
  if (
    method === 'GET' &&
    (tail === 'v2.0/.well-known/openid-configuration' ||
      tail === '.well-known/openid-configuration')
  ) {
    return {
      operation: 'Entra_OpenIdConfiguration',
      handle: (ctx, baseUrl) => openIdConfiguration(ctx, baseUrl, tenant),
    };
  }
  if (
    method === 'GET' &&
    tenant.toLowerCase() === 'common' &&
    tail === 'discovery/instance'
  ) {
    return {
      operation: 'Entra_InstanceDiscovery',
      handle: (_ctx, baseUrl) => ({
        status: 200,
        body: {
          tenant_discovery_endpoint: `${baseUrl}/common/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: new URL(baseUrl).host,
              preferred_cache: new URL(baseUrl).host,
              aliases: [new URL(baseUrl).host],
            },
          ],
        },
      }),
    };
  }
  if (
    method === 'GET' &&
    (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys')
  ) {
    return {
      operation: 'Entra_Keys',
      handle: ctx => ({ status: 200, body: ctx.tokens.jwks() }),
    };
  }
  if (
    method === 'POST' &&
    (tail === 'oauth2/v2.0/token' || tail === 'oauth2/token')
  ) {
    return {
      operation: 'Entra_Token',
      handle: (ctx, _baseUrl, body) => token(ctx, tenant, body),
    };
  }
  return undefined;
}
