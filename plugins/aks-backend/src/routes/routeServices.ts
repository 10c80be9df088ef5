import {
  AuditorService,
  AuthService,
  DiscoveryService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import express from 'express';
import { ClusterAccess } from '../access/ClusterAccess';
import { parseEntityRefInput } from '../access/entityRefs';
import type { ClusterServices } from '../clusters';
import type { OperationService } from '../operations/OperationService';
import type { ApiRouter } from '@backstage/backend-openapi-utils';
import type { spec } from '../schema/openapi';

/** What the router is made of. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  auth: AuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  discovery: DiscoveryService;
  reads: ClusterServices;
  operations: OperationService;
}

/** The router typed from openapi.yaml that the routes are added to. */
export type AksRouter = ApiRouter<typeof spec>;

/** The services every route uses, and the permission checks they share. */
export function routeServices(options: RouterOptions) {
  const access = new ClusterAccess(options);
  return {
    ...options,
    access,
    /**
     * Checks the permission for a request: on the `entityRef` it names, or,
     * without one, as an unconditional grant.
     */
    async authorizeRequest(
      permission: ResourcePermission<'catalog-entity'>,
      req: express.Request,
    ) {
      const entityRef = parseEntityRefInput(req.query.entityRef);
      const credentials = await options.httpAuth.credentials(req);
      await access.authorize(permission, credentials, entityRef);
      return { entityRef, credentials };
    },
    /** The permission for one cluster, through the entity when one is named. */
    async authorizeCluster(
      permission: ResourcePermission<'catalog-entity'>,
      req: express.Request,
      cluster: AksClusterRef,
    ) {
      const entityRef = parseEntityRefInput(req.query.entityRef);
      const credentials = await options.httpAuth.credentials(req);
      await access.authorizeCluster(
        permission,
        credentials,
        cluster,
        entityRef,
      );
    },
  };
}

/** The services and checks of {@link routeServices}. */
export type RouteServices = ReturnType<typeof routeServices>;
