import { RestError } from '@azure/core-rest-pipeline';
import { isTransientAzureError, toBackstageError } from './errors';

const subscription = {
  subscriptionId: '6f1a2b3c-0000-4000-8000-000000000001',
  displayName: 'Production',
};

function armError(statusCode: number, code: string) {
  return new RestError(`${code} happened`, { statusCode, code });
}

describe('toBackstageError', () => {
  it.each([
    [400, 'InvalidParameter', 'InputError'],
    [404, 'ResourceNotFound', 'NotFoundError'],
    [409, 'OperationNotAllowed', 'ConflictError'],
    [429, 'TooManyRequests', 'ServiceUnavailableError'],
    [503, 'ServiceUnavailable', 'ServiceUnavailableError'],
  ])('maps ARM %i to %s keeping the ARM code', (status, code, name) => {
    const error = toBackstageError(armError(status, code), subscription);
    expect(error.name).toBe(name);
    expect(error.message).toContain(code);
  });

  it.each([
    [
      'a TypeError of our own',
      new TypeError("Cannot read properties of null (reading 'map')"),
    ],
    [
      'an answer the SDK could not deserialize',
      new RestError(
        'Error TypeError: x occurred in deserializing the responseBody - {"kubeconfig":"c2VjcmV0"}',
        { statusCode: 200 },
      ),
    ],
    [
      'an answer that is not JSON',
      new RestError(
        'Error "SyntaxError" occurred while parsing the response body - {"kube',
        {
          statusCode: 200,
          code: RestError.PARSE_ERROR,
        },
      ),
    ],
  ])('does not blame Azure for %s', (_, fault) => {
    const error = toBackstageError(fault, subscription);
    expect(error.name).toBe('AzureAnswerUnreadableError');
    expect(error.message).not.toMatch(/unavailable/i);
    expect(isTransientAzureError(fault)).toBe(false);
    expect(JSON.stringify(error) + String((error as any).cause)).not.toMatch(
      /kubeconfig|c2VjcmV0|"kube/,
    );
  });

  it.each([
    [new RestError('socket hang up', { code: 'REQUEST_SEND_ERROR' })],
    [armError(500, 'InternalServerError')],
    [armError(429, 'TooManyRequests')],
    [
      Object.assign(new Error('The operation was aborted'), {
        name: 'AbortError',
      }),
    ],
  ])('says ARM is unavailable only when it is: %s', fault => {
    expect(toBackstageError(fault, subscription).name).toBe(
      'ServiceUnavailableError',
    );
  });

  it('names the subscription when Azure refuses the credentials', () => {
    const error = toBackstageError(
      armError(403, 'AuthorizationFailed'),
      subscription,
    );
    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toContain('Production (6f1a2b3c');
    expect(error.message).toContain('role assignment');
  });

  it('keeps no request, headers or token of the Azure error', () => {
    const restError = new RestError('AuthorizationFailed', {
      statusCode: 403,
      code: 'AuthorizationFailed',
      request: { headers: { authorization: 'Bearer eyJsecret' } } as any,
    });
    const error = toBackstageError(restError, subscription);
    expect(JSON.stringify(error)).not.toContain('eyJsecret');
    expect(JSON.stringify((error as any).cause)).not.toContain('eyJsecret');
  });
});

describe('isTransientAzureError', () => {
  it.each([
    [armError(429, 'TooManyRequests'), true],
    [armError(503, 'ServiceUnavailable'), true],
    [new RestError('socket hang up', { code: 'REQUEST_SEND_ERROR' }), true],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), true],
    [armError(404, 'ResourceNotFound'), false],
    [armError(409, 'Conflict'), false],
  ])('%s → %s', (error, transient) => {
    expect(isTransientAzureError(error)).toBe(transient);
  });
});
