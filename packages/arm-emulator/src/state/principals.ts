/** A service principal that can get tokens from the emulator's Entra endpoint. */
export interface Principal {
  clientId: string;
  clientSecret: string;
  objectId: string;
  displayName: string;
  /** Microsoft Graph application permissions granted to it, e.g. `Application.Read.All`. */
  graphPermissions: string[];
}

/** A subscription the emulator knows. */
export interface Subscription {
  subscriptionId: string;
  displayName: string;
}
