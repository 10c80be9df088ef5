/** A subscription the emulator knows. */
export interface Subscription {
  subscriptionId: string;
  displayName: string;
}

/** The subscriptions the emulator serves, found whatever the case of their id. */
export class SubscriptionStore {
  private readonly byId = new Map<string, Subscription>();

  add(subscriptionId: string, displayName: string): void {
    this.byId.set(subscriptionId.toLowerCase(), {
      subscriptionId,
      displayName,
    });
  }

  get(subscriptionId: string): Subscription | undefined {
    return this.byId.get(subscriptionId.toLowerCase());
  }

  has(subscriptionId: string): boolean {
    return this.byId.has(subscriptionId.toLowerCase());
  }

  /** Every subscription id, as it was added. */
  ids(): string[] {
    return [...this.byId.values()].map(s => s.subscriptionId);
  }
}
