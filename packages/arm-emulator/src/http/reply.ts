import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArmResponse } from '../handlers/armRequest';
import type { RequestLog } from '../persistence/requestLog';
import { reshapeResponse } from '../faults/responseShapes';
import type { Exchange } from './exchange';
import { armHeaders } from './armHeaders';
import { holdUntil } from './responseTiming';
import { logRequest } from './requestLogging';

/** The way back to the client: each answer leaves when it is due, with ARM's headers, and is logged. */
export class Reply {
  constructor(
    private readonly log: RequestLog,
    private readonly exchange: Exchange,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly hanging: Set<ServerResponse>,
  ) {}

  send(response: ArmResponse): void {
    const { shape, method } = this.exchange;
    const content =
      shape && response.status < 300
        ? reshapeResponse(response.body, shape)
        : response.body;
    const body =
      method === 'HEAD'
        ? undefined
        : response.text ??
          (content !== undefined ? JSON.stringify(content) : undefined);
    holdUntil(this.exchange.due, () => this.write(response, body));
  }

  /** Closes the connection without an answer. */
  drop(): void {
    logRequest(this.log, this.exchange, 0);
    this.req.socket.destroy();
  }

  /** Never answers: the response stays open until the client or the emulator's stop ends it. */
  hang(): void {
    logRequest(this.log, this.exchange, 0);
    this.hanging.add(this.res);
    this.res.on('close', () => this.hanging.delete(this.res));
  }

  private write(response: ArmResponse, body: string | undefined): void {
    const headers: Record<string, string> = {
      ...armHeaders(this.exchange),
      ...response.headers,
    };
    if (body !== undefined && !response.headers?.['Content-Type']) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
    }
    this.res.writeHead(response.status, headers);
    this.res.end(body);
    logRequest(this.log, this.exchange, response.status);
  }
}
