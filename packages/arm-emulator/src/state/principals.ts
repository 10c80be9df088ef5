/** A service principal that can get tokens from the emulator's Entra endpoint. */
export interface Principal {
  clientId: string;
  clientSecret: string;
  objectId: string;
  displayName: string;
}

/** A subscription the emulator knows. */
export interface Subscription {
  subscriptionId: string;
  displayName: string;
}
