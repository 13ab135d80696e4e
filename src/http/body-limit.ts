import { createGraphQLError, type Plugin } from 'graphql-yoga';

const PAYLOAD_TOO_LARGE = 413;

function tooLarge(maxBytes: number) {
  return createGraphQLError(`Request body expects at most ${maxBytes} bytes`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: PAYLOAD_TOO_LARGE } },
  });
}

/**
 * Refuses request bodies over `maxBytes` with 413: at once when Content-Length says so, and
 * while reading otherwise, so a chunked upload stops at the limit instead of filling memory.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw tooLarge(maxBytes);
      // A declared length is checked: the body is then left alone (touching `request.body` on
      // the Node adapter would build a web stream over it, where yoga reads it directly).
      if (!requestParser || request.headers.has('content-length') || !request.body) return;
      setRequestParser(async (unbounded) => {
        const bounded = new Request(unbounded.url, {
          method: unbounded.method,
          headers: unbounded.headers,
          body: await readAtMost(unbounded, maxBytes),
        });
        return requestParser(bounded);
      });
    },
  };
}

async function readAtMost(request: Request, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
