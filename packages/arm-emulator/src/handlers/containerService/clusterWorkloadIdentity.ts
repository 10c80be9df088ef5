import { ArmError } from '../../errors/armError';
import { newGuid, stableGuid } from '../../util/ids';

const WORKLOAD_IDENTITY = 'properties.securityProfile.workloadIdentity.enabled';
const OIDC_ISSUER = 'properties.oidcIssuerProfile.enabled';

const oidcEnabled = (props: Record<string, any> | undefined) =>
  props?.oidcIssuerProfile?.enabled === true;
const workloadIdentityEnabled = (props: Record<string, any> | undefined) =>
  props?.securityProfile?.workloadIdentity?.enabled === true;

/**
 * AKS's rules for the OIDC issuer and workload identity on a PUT: workload
 * identity needs the issuer, and an issuer once enabled stays. A cluster
 * already running workload identity without the issuer (older clusters can)
 * may keep it so.
 */
export function checkWorkloadIdentity(
  body: Record<string, any>,
  current?: Record<string, any>,
): void {
  const requested = body.properties ?? {};
  if (oidcEnabled(current) && requested.oidcIssuerProfile?.enabled === false) {
    throw new ArmError(
      400,
      'OIDCIssuerFeatureCannotBeDisabled',
      'OIDC issuer feature cannot be disabled.',
      OIDC_ISSUER,
    );
  }
  const issuerAfter =
    requested.oidcIssuerProfile?.enabled ?? oidcEnabled(current);
  const workloadIdentityAfter =
    requested.securityProfile?.workloadIdentity?.enabled ??
    workloadIdentityEnabled(current);
  const enabling = !workloadIdentityEnabled(current);
  if (workloadIdentityAfter === true && issuerAfter !== true && enabling) {
    throw new ArmError(
      400,
      'InvalidParameter',
      'Enabling workload identity requires enabling the OIDC issuer (properties.oidcIssuerProfile.enabled).',
      WORKLOAD_IDENTITY,
    );
  }
}

/** The issuer URL AKS gives a cluster: per region and tenant, with a GUID of the cluster. */
export function issuerUrl(
  location: string,
  tenantId: string,
  issuerGuid: string,
): string {
  return `https://${location}.oic.prod-aks.azure.com/${tenantId}/${issuerGuid}/`;
}

/**
 * The stored OIDC issuer profile after a write: the client's `enabled` (the
 * issuer URL it sends is read-only), the URL AKS assigned kept, a new one
 * assigned when the issuer is first enabled (derived from the cluster's id for
 * seeded clusters).
 */
export function oidcIssuerProfile(
  requested: Record<string, any> | undefined,
  stored: Record<string, any> | undefined,
  cluster: {
    id: string;
    location: string;
    tenantId: string;
    deterministic: boolean;
  },
): Record<string, any> {
  const enabled = requested?.enabled ?? stored?.enabled ?? false;
  if (!enabled) return { enabled: false };
  const guid = cluster.deterministic
    ? stableGuid(`${cluster.id.toLowerCase()}/oidc-issuer`)
    : newGuid();
  return {
    enabled: true,
    issuerURL:
      stored?.issuerURL ?? issuerUrl(cluster.location, cluster.tenantId, guid),
  };
}
