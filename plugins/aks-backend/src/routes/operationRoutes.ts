import express from 'express';
import { AksClusterRef } from '@aks-backstage/plugin-aks-common';
import { parseEntityRefInput } from '../access/entityRefs';
import { OperationRequest } from '../operations/OperationService';
import { checkScaleRequest } from '../validation/scaleRequest';
import { AksRouter, RouteServices } from './routeServices';

/** The routes that change a cluster: each starts an operation and answers 202 with it. */
export function addOperationRoutes(router: AksRouter, services: RouteServices) {
  const { access, httpAuth, discovery } = services;

  async function startOperation(
    req: express.Request,
    res: express.Response,
    cluster: AksClusterRef,
    request: OperationRequest,
  ) {
    const operation = await access.startOperation({
      credentials: await httpAuth.credentials(req),
      cluster,
      request,
      entityRef: parseEntityRefInput(req.query.entityRef),
      httpRequest: req,
    });
    const baseUrl = await discovery.getExternalBaseUrl('aks');
    res
      .status(202)
      .location(`${baseUrl}/operations/${operation.id}`)
      .json(operation);
  }

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/start',
    (req, res) => startOperation(req, res, req.params, { kind: 'start' }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/stop',
    (req, res) => startOperation(req, res, req.params, { kind: 'stop' }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/upgrade',
    (req, res) =>
      startOperation(req, res, req.params, {
        kind: 'upgradeControlPlane',
        ...req.body,
      }),
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/upgrade',
    (req, res) => {
      const { nodePool, ...ref } = req.params;
      return startOperation(req, res, ref, {
        kind: 'upgradeNodePool',
        nodePool,
        kubernetesVersion: req.body.kubernetesVersion,
      });
    },
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/upgrade-node-image',
    (req, res) => {
      const { nodePool, ...ref } = req.params;
      return startOperation(req, res, ref, {
        kind: 'upgradeNodeImage',
        nodePool,
      });
    },
  );

  router.post(
    '/clusters/:subscriptionId/:resourceGroup/:name/node-pools/:nodePool/scale',
    (req, res) => {
      const { nodePool, ...ref } = req.params;
      const { count, minCount, maxCount } = req.body;
      checkScaleRequest(req.body);
      return startOperation(req, res, ref, {
        kind: 'scaleNodePool',
        nodePool,
        count,
        minCount,
        maxCount,
      });
    },
  );
}
