// The floor of the stack the gateway is built on: graphql-yoga 5 as it comes (no plugin, no
// limit, no log, no metric), queries compiled by graphql-jit on their first run, and resolvers
// that make the same single undici GET as the bare proxy. What any yoga server answering these
// two queries costs, whatever it adds: bench/queries.ts runs it beside the gateway and the bare
// proxy. argv[2] is the upstream base URL (…/api); it prints its URL as one JSON line on stdout
// and exits when stdin closes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DocumentNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { createSchema, createYoga, makeExecute, type Plugin } from 'graphql-yoga';
import { Agent, request } from 'undici';

const upstream = process.argv[2];
if (!upstream) throw new Error('expects the upstream base URL as its argument');
const JOBS = `${upstream}/management-server/jobs`;
const dispatcher = new Agent();

type Wire = Record<string, unknown>;

async function get(url: string, authorization: string | null): Promise<Wire> {
  const answer = await request(url, {
    headers: { authorization: authorization ?? '', accept: 'application/json' },
    dispatcher,
  });
  return (await answer.body.json()) as Wire;
}

const job = (wire: Wire) => ({
  key: wire.key,
  name: wire.name,
  type: wire.type,
  state: wire.state,
  status: wire.status,
  submitTime: wire.submit_time,
  completeTime: wire.complete_time,
  taskReports: wire.task_reports ?? [],
});

interface Context {
  request: Request;
}

const schema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    type TaskReport { name: String state: String status: String }
    type Job {
      key: ID!
      name: String
      type: String
      state: String
      status: String
      submitTime: String
      completeTime: String
      taskReports: [TaskReport!]
    }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type JobConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Job!]! }
    type Query { job(key: ID!): Job jobs(first: Int): JobConnection! }
  `,
  resolvers: {
    Query: {
      job: async (_: unknown, { key }: { key: string }, { request }: Context) =>
        job(await get(`${JOBS}/${encodeURIComponent(key)}`, request.headers.get('authorization'))),
      jobs: async (_: unknown, { first }: { first?: number }, { request }: Context) => {
        const list = await get(
          `${JOBS}?max_records=${first ?? 20}`,
          request.headers.get('authorization'),
        );
        const records = (list.records as Wire[]).map(job);
        const total = Number(list.total_records ?? records.length);
        return {
          totalCount: total,
          pageInfo: { hasNextPage: total > records.length, endCursor: String(records.length) },
          nodes: records,
        };
      },
    },
  },
});

const compiled = new WeakMap<DocumentNode, CompiledQuery>();
const compiledExecution: Plugin = {
  onExecute({ setExecuteFn }) {
    setExecuteFn(
      makeExecute((args) => {
        let query = compiled.get(args.document);
        if (!query) {
          const made = compileQuery(args.schema, args.document, args.operationName ?? undefined);
          if (!isCompiledQuery(made)) return made;
          query = made;
          compiled.set(args.document, query);
        }
        return query.query(args.rootValue, args.contextValue, args.variableValues);
      }),
    );
  },
};
const yoga = createYoga({ schema, plugins: [compiledExecution] });

const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${port}${yoga.graphqlEndpoint}` })}\n`,
  );
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close();
  void dispatcher.close();
});
