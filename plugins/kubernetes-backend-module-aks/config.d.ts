import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  kubernetes?: {
    /**
     * The AKS clusters of the subscriptions under `aks.subscriptions`, added
     * to those of `kubernetes.clusterLocatorMethods`. How they are reached is
     * `aks.kubernetesApiServer`.
     */
    aks?: {
      /**
       * When each replica lists the clusters again. Defaults to every 5
       * minutes, with a timeout of 2 minutes.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
