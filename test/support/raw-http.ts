import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends one HTTP/1.1 request byte for byte (`headers` as Latin-1 bytes, which `fetch` would
 * refuse to send) and reads the whole answer; the connection closes after it.
 */
export function rawHttpRequest(
  url: string,
  request: { method: string; headers: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const { hostname, port, pathname, search } = new URL(url);
  const body = Buffer.from(request.body ?? '', 'utf8');
  const head = [
    `${request.method} ${pathname}${search} HTTP/1.1`,
    `host: ${hostname}:${port}`,
    'connection: close',
    `content-length: ${body.length}`,
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const headers = text.slice(0, split);
      resolve({ status: Number(headers.split(' ')[1]), headers, body: text.slice(split + 4) });
    });
  });
}
