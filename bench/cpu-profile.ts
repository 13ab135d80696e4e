// Reads a V8 .cpuprofile (node --cpu-prof) into top-N tables: self time by function and by
// component (an npm package, a file of ours, a part of Node), and time spent under each
// component (inclusive). Idle samples are left out: shares are of the CPU the process used.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  /** Of the CPU samples (idle excluded), 0 to 1. */
  share: number;
}

export interface ProfileSummary {
  /** Busy time sampled, in ms. */
  busyMs: number;
  selfByFunction: Share[];
  selfByComponent: Share[];
  underComponent: Share[];
}

const VIRTUAL_FRAMES = new Set(['(garbage collector)', '(program)', '(root)']);

/** What part of the process a frame belongs to, from its script URL. */
export function componentOf(url: string, functionName: string): string | undefined {
  if (VIRTUAL_FRAMES.has(functionName) && !url) {
    return functionName === '(root)' ? undefined : functionName;
  }
  if (!url) return undefined;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1];
  const ours = /\/dist\/(.+)\.js$/.exec(url);
  if (ours) return `src/${ours[1]}.ts`;
  const internal = /^node:(?:internal\/)?([^/]+)/.exec(url);
  if (internal) return `node:${internal[1]}`;
  return url;
}

function label(frame: ProfileNode['callFrame'], component: string | undefined): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name} (${component ?? frame.url}:${frame.lineNumber + 1})`;
}

function top(counts: Map<string, number>, total: number, n: number): Share[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => ({ name, share: count / total }));
}

/**
 * `window`: the samples to count, in µs of the monotonic clock (`process.hrtime` in any process
 * of this machine reads the same clock as V8's profiler), e.g. the measured load only, without
 * start-up and warm-up.
 */
export function summarizeProfile(
  file: string,
  window: { fromMicros: number; toMicros: number },
  n = 20,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const selfByFunction = new Map<string, number>();
  const selfByComponent = new Map<string, number>();
  const underComponent = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, amount: number) =>
    map.set(key, (map.get(key) ?? 0) + amount);
  let busy = 0;
  let sampledAt = profile.startTime;
  profile.samples.forEach((id, index) => {
    sampledAt += profile.timeDeltas[index] ?? 0;
    if (sampledAt < window.fromMicros || sampledAt > window.toMicros) return;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    const weight = profile.timeDeltas[index + 1] ?? 0;
    busy += weight;
    // A builtin (JSON.stringify, a RegExp...) has no URL: it counts for its nearest caller's.
    let owner: string | undefined;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const component = componentOf(frame.url, frame.functionName);
      if (component === undefined) continue;
      owner ??= component;
      seen.add(component);
    }
    const component = owner ?? '(builtin)';
    add(selfByComponent, component, weight);
    add(selfByFunction, label(node.callFrame, componentOf(node.callFrame.url, '')), weight);
    for (const name of seen) add(underComponent, name, weight);
  });
  return {
    busyMs: busy / 1000,
    selfByFunction: top(selfByFunction, busy, n),
    selfByComponent: top(selfByComponent, busy, n),
    underComponent: top(underComponent, busy, n),
  };
}

/** A markdown table of shares, as percentages. */
export function shareTable(heading: string, shares: Share[]): string {
  const rows = shares.map(({ name, share }) => `| \`${name}\` | ${(share * 100).toFixed(1)}% |`);
  return [`| ${heading} | share of CPU |`, '| --- | ---: |', ...rows].join('\n');
}
