// Writes one benchmark's section into BENCHMARKS.md, between markers, keeping the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const FILE = new URL('../BENCHMARKS.md', import.meta.url);
const HEADER = `# Benchmarks

Produced by \`npm run bench\` (\`bench/*.ts\`). Each section says what was run, on what, and the
figures; ratios compare runs made side by side in the same process run.
`;

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export function writeSection(name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current)
    ? current.replace(pattern, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
