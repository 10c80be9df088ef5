import {
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { Principal } from '../persistence/principalStore';

/** Claims of the access tokens the emulator issues (a subset of Entra v1 access-token claims). */
export interface AccessTokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  appid: string;
  appidacr: '1';
  idp: string;
  oid: string;
  sub: string;
  tid: string;
  uti: string;
  ver: '1.0';
}

/** Why a token was rejected. */
export type TokenProblem = 'malformed' | 'signature' | 'expired' | 'tenant';

const TOKEN_LIFETIME_SECONDS = 3600;

const base64url = (input: Buffer | string) =>
  Buffer.from(input).toString('base64url');

/** Signs and verifies RS256 JWT access tokens with a key generated at start. */
export class TokenIssuer {
  readonly keyId = randomUUID();
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor(private readonly tenantId: string) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  issue(
    principal: Principal,
    audience: string,
    lifetimeSeconds = TOKEN_LIFETIME_SECONDS,
  ): { token: string; expiresIn: number } {
    const now = Math.floor(Date.now() / 1000);
    const claims: AccessTokenClaims = {
      aud: audience,
      iss: `https://sts.windows.net/${this.tenantId}/`,
      iat: now,
      nbf: now - 300,
      exp: now + lifetimeSeconds,
      appid: principal.clientId,
      appidacr: '1',
      idp: `https://sts.windows.net/${this.tenantId}/`,
      oid: principal.objectId,
      sub: principal.objectId,
      tid: this.tenantId,
      uti: randomUUID().replace(/-/g, ''),
      ver: '1.0',
    };
    const header = base64url(
      JSON.stringify({
        typ: 'JWT',
        alg: 'RS256',
        kid: this.keyId,
        x5t: this.keyId,
      }),
    );
    const payload = base64url(JSON.stringify(claims));
    const signature = sign(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      this.privateKey,
    );
    return {
      token: `${header}.${payload}.${base64url(signature)}`,
      expiresIn: lifetimeSeconds,
    };
  }

  verify(
    token: string,
  ):
    | { claims: AccessTokenClaims }
    | { problem: TokenProblem; claims?: AccessTokenClaims } {
    const parts = token.split('.');
    if (parts.length !== 3) return { problem: 'malformed' };
    let claims: AccessTokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      return { problem: 'malformed' };
    }
    const valid = verify(
      'sha256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      this.publicKey,
      Buffer.from(parts[2], 'base64url'),
    );
    if (!valid) return { problem: 'signature', claims };
    if (claims.tid !== this.tenantId) return { problem: 'tenant', claims };
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now())
      return { problem: 'expired', claims };
    return { claims };
  }

  /** The public key as a JWKS document. */
  jwks(): { keys: object[] } {
    const jwk = createPublicKey(this.publicKey).export({ format: 'jwk' });
    return {
      keys: [
        {
          kty: 'RSA',
          use: 'sig',
          kid: this.keyId,
          x5t: this.keyId,
          n: jwk.n,
          e: jwk.e,
          issuer: `https://sts.windows.net/${this.tenantId}/`,
        },
      ],
    };
  }
}
