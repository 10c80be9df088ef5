/** An ARM error detail, as in common-types `ErrorDetail`. */
export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
  details?: ArmErrorDetail[];
}

/** Thrown by handlers; turned into `{ error: { code, message, target?, details? } }`. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly headers: Record<string, string> = {},
    readonly details?: ArmErrorDetail[],
  ) {
    super(message);
  }

  toBody(): { error: ArmErrorDetail } {
    const error: ArmErrorDetail = { code: this.code, message: this.message };
    if (this.target) error.target = this.target;
    if (this.details) error.details = this.details;
    return { error };
  }
}

export const badRequest = (code: string, message: string, target?: string) =>
  new ArmError(400, code, message, target);

export const invalidParameter = (message: string, target: string) =>
  new ArmError(400, 'InvalidParameter', message, target);

export const conflict = (code: string, message: string) =>
  new ArmError(409, code, message);

export function resourceNotFound(
  type: string,
  name: string,
  resourceGroup: string,
): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

export function resourceGroupNotFound(resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceGroupNotFound',
    `Resource group '${resourceGroup}' could not be found.`,
  );
}

export function propertyChangeNotAllowed(property: string): ArmError {
  return new ArmError(
    400,
    'PropertyChangeNotAllowed',
    `Changing property '${property}' is not allowed.`,
    property,
  );
}

export function locationRequired(): ArmError {
  return new ArmError(
    400,
    'LocationRequired',
    'The location property is required for this definition.',
    'location',
  );
}

/** ARM's answer to a body without a property it requires, naming where the property was expected. */
export function missingProperty(path: string, field: string): ArmError {
  return new ArmError(
    400,
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: 'Required property '${field}' not found in JSON. Path '${path}'.'`,
    `${path}.${field}`,
  );
}
