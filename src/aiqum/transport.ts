import type { Readable } from 'node:stream';
import { type Dispatcher, request as undiciRequest } from 'undici';
import { UpstreamProtocolError } from '../errors.ts';

// Statuses whose responses carry no body by definition (a Response refuses one).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export interface UpstreamFetchOptions {
  /** The most of one answer that is read; past it the connection is closed. */
  maxResponseBytes: number;
}

/**
 * A fetch-shaped function over undici's `request` API, for ky. It skips the WHATWG stream
 * plumbing of the global fetch, which cost over twice the CPU per upstream call on this
 * gateway's hot path (measured here: ~160 µs against ~370 µs); AIQUM bodies are small JSON,
 * read whole, up to `maxResponseBytes`: a larger answer is an UpstreamProtocolError, and the
 * rest of it is never read. Failures to connect or read surface as `TypeError('fetch failed')`,
 * as with fetch, so ky's retries and the error mapping treat them alike.
 */
export function createUpstreamFetch(
  dispatcher: Dispatcher,
  options: UpstreamFetchOptions,
): typeof fetch {
  const { maxResponseBytes } = options;
  return async (input, init) => {
    // ky hands over its Request, and as init only options a Request has no place for (none
    // of which this transport takes): building a second Request from the two would cost as
    // much as the first. A wrapper may add a signal beside it (the shutdown cut-off, which
    // follows the Request's own): that one rules.
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    let response: Dispatcher.ResponseData;
    try {
      response = await undiciRequest(request.url, {
        method: request.method as Dispatcher.HttpMethod,
        headers: Object.fromEntries(request.headers),
        body,
        signal,
        dispatcher,
      });
    } catch (error) {
      throw signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error });
    }
    let payload: Uint8Array<ArrayBuffer>;
    try {
      payload = await readAtMost(response, maxResponseBytes);
    } catch (error) {
      if (error instanceof UpstreamProtocolError) throw error;
      throw signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error });
    }
    const status = response.statusCode;
    return new BufferedResponse(
      status,
      NULL_BODY_STATUSES.has(status) ? null : payload,
      response.headers,
    );
  };
}

/**
 * A Response over a body already read whole: `json()`, `text()` and `arrayBuffer()` read the
 * bytes at once, with no stream between (undici's Response wraps even a byte array in a
 * ReadableStream and reads it back chunk by chunk); its `body` stream and its `headers` are
 * built only when asked for, which reading a job never does.
 */
class BufferedResponse extends Response {
  readonly #payload: Uint8Array<ArrayBuffer> | null;
  readonly #rawHeaders: Dispatcher.ResponseData['headers'];
  #headers: Headers | undefined;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;
  #used = false;

  constructor(
    status: number,
    payload: Uint8Array<ArrayBuffer> | null,
    rawHeaders: Dispatcher.ResponseData['headers'],
  ) {
    super(null, { status });
    this.#payload = payload;
    this.#rawHeaders = rawHeaders;
  }

  override get headers(): Headers {
    this.#headers ??= toHeaders(this.#rawHeaders);
    return this.#headers;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#stream === undefined) {
      // Once read through a method, the body is an empty, used stream, as with fetch's.
      const bytes = this.#used ? new Uint8Array(0) : this.#payload;
      this.#stream = bytes && new Response(bytes).body;
    }
    return this.#stream;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#stream?.locked ?? false);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  override async text(): Promise<string> {
    const bytes = this.#take();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.status, this.#payload, this.#rawHeaders);
  }

  #take(): Uint8Array<ArrayBuffer> {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#payload ?? new Uint8Array(0);
  }
}

/** The whole body, or an UpstreamProtocolError as soon as it is known to be too large. */
async function readAtMost(
  response: Dispatcher.ResponseData,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const body: Readable = response.body;
  const tooLarge = () => {
    // Closes the connection: nothing more of this answer is read. Destroying the body makes
    // it emit an abort error, which nobody needs to hear.
    body.on('error', () => {});
    body.destroy();
    return new UpstreamProtocolError(`Upstream answered more than ${maxBytes} bytes`);
  };
  if (Number(response.headers['content-length']) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, length);
}

function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
