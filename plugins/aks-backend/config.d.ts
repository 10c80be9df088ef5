export interface Config {
  /** Azure Kubernetes Service plugins; the rest of the block is declared by `@aks-backstage/plugin-aks-node`. */
  aks?: {
    /** How the entity GitOps read (`GET /entities/{…}/gitops`) judges Flux configurations. */
    gitops?: {
      /**
       * How long a Flux configuration may stay not compliant before it is a
       * `FluxNotCompliant` finding: a Backstage duration, such as `15m`,
       * `PT1H` or `{ minutes: 30 }`. Defaults to 10 minutes, longer than a
       * usual reconciliation.
       */
      nonCompliantWarningAfter?:
        | string
        | {
            days?: number;
            hours?: number;
            minutes?: number;
            seconds?: number;
          };
    };
  };
}
