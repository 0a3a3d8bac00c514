import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: an npm package, Node's internals, the site's code, or V8's own buckets. */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:internal';
  if (/\/src\//.test(url)) return 'site src/';
  if (/\/(dist|chunks|\.astro|cache)\//.test(url) || /\.mjs$/.test(url)) return 'built site code';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

/** Self time in milliseconds, summed by owner and by function, from a V8 .cpuprofile. */
export function summarizeProfile(file: string, top = 20): { totalMs: number; byOwner: Array<[string, number]>; byFunction: Array<[string, number]> } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    total += us;
    const who = owner(frame.url, frame.functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url ? `${owner(frame.url, '')}:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v / 1000)] as [string, number]);
  return { totalMs: Math.round(total / 1000), byOwner: sorted(byOwner), byFunction: sorted(byFunction) };
}
