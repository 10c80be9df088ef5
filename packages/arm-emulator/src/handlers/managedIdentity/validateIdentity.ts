import { ArmError, invalidParameter } from '../../errors/armError';
import type { ArmRequest } from '../armRequest';
import { parseBody, type Shape } from '../arm/bodyShape';
import { requireLocation } from '../arm/location';
import { hasAssignmentRestrictions, type IdentityInput } from './identityModel';

const ISOLATION_SCOPES = ['None', 'Regional'];
const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/;

const IDENTITY_SHAPE: Shape = {
  fields: {
    location: 'string',
    tags: { map: 'string' },
    properties: {
      fields: {
        isolationScope: 'string',
        assignmentRestrictions: {
          fields: { providers: { array: 'string' } },
        },
      },
    },
  },
};

/** MSI's rule for identity names: 3-128 letters, digits, hyphens and underscores, starting with a letter or digit. */
export function checkIdentityName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new ArmError(
      400,
      'InvalidResourceName',
      `Resource name '${name}' is invalid. The name must be 3 to 128 characters long, start with a letter or number, and contain only letters, numbers, hyphens and underscores.`,
      'resourceName',
    );
  }
}

function checkIsolationScope(value: unknown): void {
  if (
    value !== undefined &&
    value !== null &&
    !ISOLATION_SCOPES.includes(value as string)
  ) {
    throw invalidParameter(
      `The value '${value}' of properties.isolationScope is invalid. Allowed values: ${ISOLATION_SCOPES.join(
        ', ',
      )}.`,
      'properties.isolationScope',
    );
  }
}

/**
 * The writable properties of an Identity body (PUT) or an IdentityUpdate
 * (PATCH). An api-version without `assignmentRestrictions` cannot set them.
 */
export function parseIdentityBody(
  req: ArmRequest,
  { create }: { create: boolean },
): Partial<IdentityInput> {
  const body = parseBody(req, IDENTITY_SHAPE);
  if (create) requireLocation(body);
  const props = body.properties ?? {};
  checkIsolationScope(props.isolationScope);
  const restrictions = hasAssignmentRestrictions(req.query.get('api-version'))
    ? props.assignmentRestrictions
    : undefined;
  // A null is what a client sends for a property it leaves out.
  return {
    ...(body.location !== undefined && body.location !== null
      ? { location: body.location }
      : {}),
    ...(body.tags !== undefined && body.tags !== null
      ? { tags: body.tags }
      : {}),
    ...(props.isolationScope !== undefined && props.isolationScope !== null
      ? { isolationScope: props.isolationScope }
      : {}),
    ...(restrictions !== undefined && restrictions !== null
      ? { assignmentRestrictions: restrictions }
      : {}),
  };
}
