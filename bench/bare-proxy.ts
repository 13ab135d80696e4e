// The floor for any Node gateway: node:http, one undici GET, the upstream body out as it came.
// It reads and parses the JSON request body as a gateway must (to find the job key), forwards
// the caller's Authorization header, and answers upstream's status and bytes. Run by
// bench/queries.ts as a process of its own: argv[2] is the upstream base URL (…/api); it
// prints its URL as one JSON line on stdout and exits when stdin closes.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';

const upstream = process.argv[2];
if (!upstream) throw new Error('expects the upstream base URL as its argument');
const JOBS = `${upstream}/management-server/jobs`;
const dispatcher = new Agent();

async function readJson(incoming: IncomingMessage): Promise<{ variables?: { key?: string } }> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** `/job` reads the job named by `variables.key`; `/jobs` reads the first page of 20. */
async function upstreamUrlOf(incoming: IncomingMessage): Promise<string | undefined> {
  const body = await readJson(incoming);
  if (incoming.url === '/job') return `${JOBS}/${encodeURIComponent(body.variables?.key ?? '')}`;
  if (incoming.url === '/jobs') return `${JOBS}?max_records=20`;
  return undefined;
}

const server = createServer(async (incoming, outgoing) => {
  try {
    const url = await upstreamUrlOf(incoming);
    if (!url) {
      outgoing.writeHead(404).end();
      return;
    }
    const answer = await request(url, {
      headers: { authorization: incoming.headers.authorization ?? '', accept: 'application/json' },
      dispatcher,
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    outgoing.writeHead(answer.statusCode, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    outgoing.writeHead(502).end(String(error));
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close();
  void dispatcher.close();
});
