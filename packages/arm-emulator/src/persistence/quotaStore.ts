/** A compute quota: how many of a thing (vCPUs of a family, VMs, …) a subscription may use in a region. @public */
export interface QuotaLimit {
  subscriptionId: string;
  /** A region as ARM stores it, e.g. `westeurope`. */
  location: string;
  /** The usage name, e.g. `cores` or `standardDDSv5Family`. */
  name: string;
  limit: number;
}

const key = (subscriptionId: string, location: string, name: string) =>
  `${subscriptionId}/${location}/${name}`.toLowerCase();

/** Limits that differ from the defaults, by subscription, region and usage name. */
export class QuotaStore {
  private readonly limits = new Map<string, number>();

  set({ subscriptionId, location, name, limit }: QuotaLimit): void {
    this.limits.set(key(subscriptionId, location, name), limit);
  }

  /** The limit set for a usage, or undefined when it has its default. */
  get(subscriptionId: string, location: string, name: string) {
    return this.limits.get(key(subscriptionId, location, name));
  }
}
