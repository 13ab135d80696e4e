import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface ChildSimulator {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `bench/simulator-process.ts` and waits for the URL it prints. `latencyMs` makes every
 * answer wait, like a real AIQUM's processing time.
 */
export async function startChildSimulator(latencyMs = 0): Promise<ChildSimulator> {
  const script = new URL('./simulator-process.ts', import.meta.url).pathname;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', script, String(latencyMs)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  if (!child.stdout || !child.stdin) throw new Error('simulator process has no stdio');
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`simulator process exited with ${code} before it was ready`);
    }),
  ])) as [string];
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    pid: child.pid as number,
    async stop() {
      const exited = once(child, 'exit');
      child.stdin?.end();
      await exited;
    },
  };
}
