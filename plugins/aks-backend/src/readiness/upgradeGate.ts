import { ConflictError } from '@backstage/errors';
import {
  AksClusterRef,
  AksOperationRequest,
  formatAksClusterId,
} from '@aks-backstage/plugin-aks-common';
import {
  blockingFindings,
  UpgradeReadinessChecks,
} from './UpgradeReadinessChecks';

/**
 * An upgrade of the control plane goes ahead only when its readiness has no
 * blocking finding, or when the request confirms the findings; otherwise a
 * ConflictError lists them (`findings` of the error body). Other requests
 * pass untouched. The request comes back without `confirmFindings`, which is
 * not part of the change.
 */
export async function admitUpgrade(
  readiness: UpgradeReadinessChecks,
  cluster: AksClusterRef,
  request: AksOperationRequest,
): Promise<AksOperationRequest> {
  if (request.kind !== 'upgradeControlPlane') return request;
  const { confirmFindings, ...upgrade } = request;
  if (confirmFindings) return upgrade;
  const checked = await readiness.check(cluster, upgrade.kubernetesVersion, {
    controlPlaneOnly: upgrade.controlPlaneOnly,
    field: 'kubernetesVersion',
  });
  const findings = blockingFindings(checked);
  if (findings.length > 0) {
    throw Object.assign(
      new ConflictError(
        `The upgrade of cluster ${formatAksClusterId(cluster)} to ${
          checked.targetVersion
        } would not go through: ${findings
          .map(f => f.title)
          .join(
            '; ',
          )}. Fix the findings, or send confirmFindings: true to upgrade anyway`,
      ),
      { findings },
    );
  }
  return upgrade;
}
