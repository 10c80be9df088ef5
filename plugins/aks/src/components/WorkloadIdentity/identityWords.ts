import type {
  FederatedCredential,
  IdentityRoleAssignment,
} from '@aks-backstage/plugin-aks-common';

const SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;

/** The service account a credential federates, as `namespace/name`; another subject as it is. */
export function serviceAccountOf(credential: FederatedCredential): string {
  const match = SUBJECT.exec(credential.subject ?? '');
  if (match) return `${match[1]}/${match[2]}`;
  return credential.serviceAccount || credential.subject || '—';
}

/** The last two segments of an ARM id, which name the resource and its type: `registries/acrpayments`. */
export function lastSegments(armId: string): string {
  const segments = (armId ?? '').split('/').filter(Boolean);
  return segments.length > 0 ? segments.slice(-2).join('/') : armId || '/';
}

/** The role's name where Azure gave it, else the id of its definition (its last segment). */
export function roleName(assignment: IdentityRoleAssignment): string {
  return (
    assignment.roleName ||
    (assignment.roleDefinitionId ?? '').split('/').filter(Boolean).pop() ||
    '—'
  );
}
