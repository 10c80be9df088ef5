import { randomBytes, randomUUID } from 'node:crypto';
import { stableGuid } from '../util/ids';

/** A client secret of an application, as Entra keeps it. */
export interface PasswordCredential {
  keyId: string;
  displayName?: string;
  startDateTime: string;
  endDateTime: string;
  /** Known only when the secret is made; Graph never returns it, only its first three characters as `hint`. */
  secretText: string;
}

/** An application registration (the object behind a service principal's client id). */
export interface Application {
  /** The object id. */
  id: string;
  appId: string;
  displayName: string;
  passwordCredentials: PasswordCredential[];
}

/** What an application is registered with: its client secrets' end dates. */
export interface ApplicationRegistration {
  appId: string;
  displayName: string;
  secrets: Array<{ displayName?: string; endDateTime: string }>;
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The application registrations Microsoft Graph serves, by app id whatever its case. */
export class ApplicationStore {
  private readonly byAppId = new Map<string, Application>();

  /** Stores an application whose secrets were each made a year before they end; ids are stable per app id. */
  add(registration: ApplicationRegistration): Application {
    const appId = registration.appId.toLowerCase();
    const app: Application = {
      id: stableGuid(`application/${appId}`),
      appId: registration.appId,
      displayName: registration.displayName,
      passwordCredentials: registration.secrets.map((secret, i) => ({
        keyId: stableGuid(`application/${appId}/secret/${i}`),
        displayName: secret.displayName,
        startDateTime: new Date(
          Date.parse(secret.endDateTime) - YEAR_MS,
        ).toISOString(),
        endDateTime: new Date(secret.endDateTime).toISOString(),
        secretText: `${randomBytes(24).toString('base64url')}~${randomUUID()}`,
      })),
    };
    this.byAppId.set(appId, app);
    return app;
  }

  get(appId: string): Application | undefined {
    return this.byAppId.get(appId.toLowerCase());
  }
}
