import type {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import {
  AksClusterRef,
  aksClusterMaintenancePermission,
  ClusterMaintenance,
  formatAksClusterId,
  MaintenanceConfigName,
  MaintenanceWindowInput,
} from '@aks-backstage/plugin-aks-common';
import type { Request } from 'express';
import type { ClusterAccess } from '../access/ClusterAccess';
import type { ClusterServices } from '../clusters';
import { readClusterMaintenance } from './clusterMaintenance';
import { windowSummary } from './summary';
import { checkWindowInput, toArmMaintenanceWindow } from './windowInput';

/**
 * Sets the window of a maintenance configuration: the input checked first,
 * then `aks.cluster.maintenance` on the cluster (through the entity when one
 * is named), then the write under an audit event. Answers the cluster's
 * maintenance as read after the change.
 */
export async function setMaintenanceWindow(
  services: {
    access: ClusterAccess;
    auditor: AuditorService;
    reads: ClusterServices;
  },
  options: {
    credentials: BackstageCredentials;
    cluster: AksClusterRef;
    configName: MaintenanceConfigName;
    maintenanceWindow: MaintenanceWindowInput;
    entityRef?: string;
    httpRequest?: Request;
  },
): Promise<ClusterMaintenance> {
  const { access, auditor, reads } = services;
  const { credentials, cluster, configName, maintenanceWindow, entityRef } =
    options;
  const rule = checkWindowInput(maintenanceWindow, new Date());
  await access.authorizeCluster(
    aksClusterMaintenancePermission,
    credentials,
    cluster,
    entityRef,
  );
  const event = await auditor.createEvent({
    eventId: 'cluster-maintenance',
    severityLevel: 'medium',
    request: options.httpRequest,
    meta: {
      clusterId: formatAksClusterId(cluster),
      configName,
      window: windowSummary(rule, new Date()),
      entityRef: entityRef ?? null,
    },
  });
  try {
    await reads.maintenance.write(
      cluster,
      configName,
      toArmMaintenanceWindow(maintenanceWindow),
    );
    await event.success();
  } catch (error) {
    assertError(error);
    await event.fail({ error });
    throw error;
  }
  return readClusterMaintenance(reads, cluster);
}
