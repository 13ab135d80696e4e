import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpSink {
  /** The OTLP/HTTP traces URL to configure. */
  url: string;
  /** Export requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/** An OTLP traces endpoint that only counts the export requests reaching it. */
export async function startOtlpSink(): Promise<OtlpSink> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    request.resume();
    request.on('end', () => response.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
