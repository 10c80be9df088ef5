import { Zod } from './actionInput';

// RFC 1123 labels and subdomains, as Kubernetes names namespaces and most objects.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes names the actions take. */
export const kubernetesFields = {
  namespace: (z: Zod) =>
    z
      .string()
      .regex(
        DNS_LABEL,
        "must be a Kubernetes namespace name: 1-63 lower-case letters, digits or '-', starting and ending with a letter or digit",
      ),
  /** A name of an object (a service account, a secret): an RFC 1123 subdomain. */
  objectName: (z: Zod) =>
    z
      .string()
      .max(253, 'has at most 253 characters')
      .regex(
        DNS_SUBDOMAIN,
        "must be a Kubernetes name: lower-case letters, digits, '-' or '.', starting and ending with a letter or digit",
      ),
  /** A name that becomes part of other objects' names (Flux configurations, kustomizations). */
  shortName: (z: Zod, max: number) =>
    z
      .string()
      .max(max, `has at most ${max} characters`)
      .regex(
        DNS_LABEL,
        "must be lower-case letters, digits or '-', starting and ending with a letter or digit",
      ),
};
