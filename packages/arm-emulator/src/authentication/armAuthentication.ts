import { ArmError } from '../errors/armError';
import type { EmulatorContext } from '../emulatorContext';
import type { Principal } from '../persistence/principalStore';
import { bearerToken } from './bearerToken';

const ALLOWED_AUDIENCES = [
  'https://management.core.windows.net/',
  'https://management.core.windows.net',
  'https://management.azure.com/',
  'https://management.azure.com',
];

function unauthorized(
  ctx: EmulatorContext,
  code: string,
  message: string,
): ArmError {
  return new ArmError(401, code, message, undefined, {
    'WWW-Authenticate': `Bearer authorization_uri="https://login.windows.net/${
      ctx.tenantId
    }", error="invalid_token", error_description="${message.replace(
      /"/g,
      "'",
    )}"`,
  });
}

/** Checks the bearer token as ARM does and returns the calling principal. */
export function authenticate(
  authorization: string | undefined,
  ctx: EmulatorContext,
  baseUrl: string,
): Principal {
  if (!authorization) {
    throw unauthorized(
      ctx,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
    );
  }
  const token = bearerToken(authorization);
  if (!token) {
    throw unauthorized(
      ctx,
      'AuthenticationFailedInvalidHeader',
      "Authentication failed. The 'Authorization' header is provided in an invalid format.",
    );
  }
  const result = ctx.tokens.verify(token);
  if ('problem' in result) {
    if (result.problem === 'expired') {
      throw unauthorized(
        ctx,
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${new Date(
          result.claims!.exp * 1000,
        ).toUTCString()}' is earlier than current UTC time '${new Date().toUTCString()}'.`,
      );
    }
    if (result.problem === 'tenant') {
      throw unauthorized(
        ctx,
        'InvalidAuthenticationTokenTenant',
        `The access token is from the wrong issuer '${result.claims?.iss}'. It must match the tenant 'https://sts.windows.net/${ctx.tenantId}/' associated with this subscription.`,
      );
    }
    throw unauthorized(
      ctx,
      'InvalidAuthenticationToken',
      'The access token is invalid.',
    );
  }
  const { claims } = result;
  const audiences = [...ALLOWED_AUDIENCES, baseUrl, `${baseUrl}/`];
  if (!audiences.includes(claims.aud)) {
    throw unauthorized(
      ctx,
      'InvalidAuthenticationTokenAudience',
      `The access token has been obtained for wrong audience or resource '${
        claims.aud
      }'. It should exactly match with one of the allowed audiences '${ALLOWED_AUDIENCES.join(
        "','",
      )}'.`,
    );
  }
  const principal = ctx.principals.get(claims.appid);
  if (!principal)
    throw unauthorized(
      ctx,
      'InvalidAuthenticationToken',
      'The access token is invalid.',
    );
  return principal;
}
