// Where the gateway's CPU goes under load: the compiled gateway as production runs it (every
// feature on, as in bench/queries.ts) under `node --cpu-prof`, loaded with one query at a time
// by autocannon; its profile summarized into top-N tables in BENCHMARKS.md. BENCH_PROFILE_SECTION
// names the section (default "profile"), so a profile of earlier code can be kept beside it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startChildSimulator } from './child-simulator.ts';
import { shareTable, summarizeProfile } from './cpu-profile.ts';
import { startOtlpSink } from './otlp-sink.ts';
import { HEADERS, JOB_BODY, JOBS_BODY, productionEnv } from './query-documents.ts';
import { machineLine, writeSection } from './report.ts';
import { buildGateway, startGatewayProcess } from './server-processes.ts';

const CONNECTIONS = 8;
const WARM_UP_S = 3;
const DURATION_S = Number(process.env.BENCH_PROFILE_S ?? 15);
const SECTION = process.env.BENCH_PROFILE_SECTION ?? 'profile';
const TOP = 15;
const SAMPLING_INTERVAL_US = 250;
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

async function profile(body: string) {
  const directory = mkdtempSync(join(tmpdir(), 'aiqum-bench-profile-'));
  const upstream = await startChildSimulator(0);
  const otlp = await startOtlpSink();
  const gateway = await startGatewayProcess(productionEnv(upstream.url, otlp.url), [
    '--cpu-prof',
    `--cpu-prof-interval=${SAMPLING_INTERVAL_US}`,
    `--cpu-prof-dir=${directory}`,
  ]);
  const load = (duration: number) =>
    autocannon({
      url: gateway.url,
      method: 'POST',
      headers: HEADERS,
      body,
      connections: CONNECTIONS,
      duration,
    });
  await load(WARM_UP_S);
  const fromMicros = nowMicros();
  const result = await load(DURATION_S);
  const toMicros = nowMicros();
  await gateway.stop();
  await upstream.stop();
  await otlp.close();
  const [file] = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('the gateway wrote no CPU profile');
  const summary = summarizeProfile(join(directory, file), { fromMicros, toMicros }, TOP);
  rmSync(directory, { recursive: true });
  if (result.non2xx + result.errors > 0) throw new Error('requests failed while profiling');
  return { summary, requests: result['2xx'] };
}

function section(title: string, run: Awaited<ReturnType<typeof profile>>): string {
  const { summary } = run;
  return `### ${title}

${shareTable('component (self time; a builtin counts for its caller)', summary.selfByComponent)}

${shareTable('component (time with it on the stack)', summary.underComponent)}

${shareTable('function (self time)', summary.selfByFunction)}`;
}

buildGateway();
const job = await profile(JOB_BODY);
const jobs = await profile(JOBS_BODY);

const body = `## Profile${SECTION === 'profile' ? '' : ` (${SECTION})`}: where the gateway's CPU goes

\`bench/profile.ts\`: the compiled gateway with every production feature on (as in the queries
section) under \`node --cpu-prof\` (a sample every ${SAMPLING_INTERVAL_US} µs), ${CONNECTIONS} connections of autocannon for ${DURATION_S} s after ${WARM_UP_S} s of
warm-up, one query per run; the samples of the measured load summarized by \`bench/cpu-profile.ts\` (idle
left out, so shares are of the CPU the gateway used; a builtin such as \`JSON.stringify\` counts
for the component that called it). Machine: ${machineLine()}.

${section('`job(key)`', job)}

${section('`jobs(first: 20)`', jobs)}
`;
writeSection(SECTION, body);
console.log(body);
