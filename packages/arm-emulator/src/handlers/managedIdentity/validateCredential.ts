import { ArmError } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import { parseBody } from '../arm/bodyShape';

/** The spec's pattern for `federatedIdentityCredentialResourceName`. */
const NAME_PATTERN = /^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$/;

/** What a federated identity credential trusts: tokens of this issuer, for this subject and audience. */
export interface CredentialProperties {
  issuer: string;
  subject: string;
  audiences: string[];
}

export function checkCredentialName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new ArmError(
      400,
      'InvalidResourceName',
      `Federated identity credential name '${name}' is invalid. It must be 3 to 120 characters long, start with a letter or number, and contain only letters, numbers, hyphens and underscores.`,
      'federatedIdentityCredentialResourceName',
    );
  }
}

function required(field: string): ArmError {
  return new ArmError(
    400,
    'BadRequest',
    `The request format was unexpected. Federated Identity Credential must specify 'issuer', 'subject' and 'audience': 'properties.${field}' is missing or empty.`,
    `properties.${field}`,
  );
}

function isAbsoluteUri(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:$/i.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The body of FederatedIdentityCredentials_CreateOrUpdate: issuer (a URI), subject and exactly one audience. */
export function parseCredentialBody(req: ArmRequest): CredentialProperties {
  const body = parseBody(req, {
    fields: {
      properties: {
        fields: {
          issuer: 'string',
          subject: 'string',
          audiences: { array: 'string' },
        },
      },
    },
  });
  const props = body.properties ?? {};
  for (const field of ['issuer', 'subject'])
    if (!props[field]?.trim()) throw required(field);
  if (!props.audiences?.length) throw required('audiences');
  if (!isAbsoluteUri(props.issuer)) {
    throw new ArmError(
      400,
      'BadRequest',
      `The issuer '${props.issuer}' of the federated identity credential is not a valid URI.`,
      'properties.issuer',
    );
  }
  if (props.audiences.length !== 1 || !props.audiences[0].trim()) {
    throw new ArmError(
      400,
      'InvalidFederatedIdentityCredentialsAudienceLength',
      'Federated identity credentials must have exactly 1 audience.',
      'properties.audiences',
    );
  }
  return {
    issuer: props.issuer,
    subject: props.subject,
    audiences: [...props.audiences],
  };
}
