import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Discovers the AKS clusters of the subscriptions configured under
       * `aks.subscriptions` as `kubernetes-cluster` Resource entities.
       */
      aks?: {
        /**
         * When to list the clusters again. Defaults to every 30 minutes, with
         * a timeout of 5 minutes, the first run 15 seconds after start. One
         * replica runs it at a time.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** The Azure tag holding a cluster's owner (an entity ref, kind group by default). Defaults to `owner`. */
        ownerTag?: string;
        /** The owner of clusters without a valid owner tag, for example `group:default/platform-team`. */
        defaultOwner: string;
        /** The Azure tag holding a cluster's system (an entity ref, kind system by default). Defaults to `system`. */
        systemTag?: string;
        /** The Azure tag holding a cluster's description. Defaults to `description`. */
        descriptionTag?: string;
        /** The namespace of the entities. Defaults to `default`. */
        namespace?: string;
      };
    };
  };
}
