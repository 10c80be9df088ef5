import { stableGuid } from '../util/ids';

/** A service principal that can get tokens from the emulator's Entra endpoint. */
export interface Principal {
  clientId: string;
  clientSecret: string;
  objectId: string;
  displayName: string;
  /** Microsoft Graph application permissions granted to it, e.g. `Application.Read.All`. */
  graphPermissions: string[];
}

/** A principal to register, with the subscriptions where it gets the Owner role. */
export interface PrincipalRegistration {
  clientId: string;
  clientSecret: string;
  objectId?: string;
  displayName?: string;
  subscriptions: string[];
  /** Microsoft Graph application permissions, e.g. `Application.Read.All`; none by default. */
  graphPermissions?: string[];
}

/** The service principal Entra makes for a user-assigned managed identity. */
export interface ManagedIdentityPrincipal {
  /** The identity's client id (its application id). */
  clientId: string;
  /** The identity's principal id (the service principal's object id). */
  objectId: string;
  displayName: string;
  /** The ARM id of the identity. */
  resourceId: string;
}

/**
 * The service principals Entra knows, by client id. Managed identities' are
 * kept apart: they have no secret, so the token endpoint never serves them.
 */
export class PrincipalStore {
  private readonly byClientId = new Map<string, Principal>();
  private readonly managedIdentities = new Map<
    string,
    ManagedIdentityPrincipal
  >();

  /** Stores a principal; ids it is not given are derived from its client id. */
  add(registration: Omit<PrincipalRegistration, 'subscriptions'>): Principal {
    const principal: Principal = {
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      objectId:
        registration.objectId ??
        stableGuid(`principal/${registration.clientId}`),
      displayName:
        registration.displayName ??
        `emulator-app-${registration.clientId.slice(0, 8)}`,
      graphPermissions: registration.graphPermissions ?? [],
    };
    this.byClientId.set(principal.clientId, principal);
    return principal;
  }

  get(clientId: string): Principal | undefined {
    return this.byClientId.get(clientId);
  }

  list(): Principal[] {
    return [...this.byClientId.values()];
  }

  addManagedIdentity(principal: ManagedIdentityPrincipal): void {
    this.managedIdentities.set(principal.clientId.toLowerCase(), principal);
  }

  removeManagedIdentity(clientId: string): void {
    this.managedIdentities.delete(clientId.toLowerCase());
  }

  /** Whether a service principal (an app's or a managed identity's) has this object id. */
  isServicePrincipal(objectId: string): boolean {
    const wanted = objectId.toLowerCase();
    return [
      ...this.byClientId.values(),
      ...this.managedIdentities.values(),
    ].some(p => p.objectId.toLowerCase() === wanted);
  }
}
