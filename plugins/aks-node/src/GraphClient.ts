import type { Agent } from 'node:https';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  HttpClient,
  Pipeline,
  RestError,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import { isValidSubscriptionId as isGuid } from '@aks-backstage/plugin-aks-common';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * When one client secret of an application ends: what the plugins read of a
 * secret, and all they read.
 *
 * @public
 */
export interface ApplicationSecretEnd {
  /** The secret's key id. */
  keyId: string;
  /** The secret's name, where it has one. */
  displayName?: string;
  /** When the secret expires (ISO date-time). */
  endDateTime: string;
}

/**
 * Reads applications from Microsoft Graph with a subscription's credential,
 * through the Azure pipeline (token, retries, the configured CA). It asks for
 * `passwordCredentials` only, and keeps their key id, name and end date:
 * never `secretText` or `hint`.
 *
 * @public
 */
export class GraphClient {
  readonly #endpoint: string;
  readonly #timeout: number;
  readonly #pipeline: Pipeline;
  readonly #httpClient: HttpClient = createDefaultHttpClient();

  constructor(
    credential: TokenCredential,
    options: {
      endpoint: string;
      timeoutMs: number;
      agent: Agent;
      retryOptions: { maxRetries: number; retryDelayInMs: number };
    },
  ) {
    this.#endpoint = options.endpoint;
    this.#timeout = options.timeoutMs;
    this.#pipeline = createPipelineFromOptions({
      agent: options.agent,
      retryOptions: options.retryOptions,
    });
    this.#pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({ credential, scopes: GRAPH_SCOPE }),
    );
  }

  /**
   * The end dates of the client secrets of the application with this app
   * (client) id. Throws a `RestError` with Graph's code and status when Graph
   * refuses or does not know the application.
   */
  async applicationSecretEnds(appId: string): Promise<ApplicationSecretEnd[]> {
    if (!isGuid(appId)) {
      throw new RestError(`Application id '${appId}' is not a GUID`, {
        code: 'InvalidAppId',
        statusCode: 400,
      });
    }
    const response = await this.#pipeline.sendRequest(
      this.#httpClient,
      createPipelineRequest({
        url: `${
          this.#endpoint
        }/v1.0/applications(appId='${appId}')?$select=passwordCredentials`,
        method: 'GET',
        timeout: this.#timeout,
      }),
    );
    const body = parse(response.bodyAsText);
    if (response.status !== 200) {
      throw new RestError(
        body?.error?.message ?? `Microsoft Graph answered ${response.status}`,
        { code: body?.error?.code, statusCode: response.status },
      );
    }
    return (body?.passwordCredentials ?? []).map(
      (c: Record<string, unknown>): ApplicationSecretEnd => ({
        keyId: String(c.keyId),
        displayName:
          typeof c.displayName === 'string' ? c.displayName : undefined,
        endDateTime: String(c.endDateTime),
      }),
    );
  }
}

function parse(text: string | null | undefined): any {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
