/**
 * Where a CPU profile's time went: the functions with the most self time, and the time under
 * each (total), as a table. `node bin/run-ts.mjs scripts/cpuprofile-top.ts FILE.cpuprofile [N]`
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [file, n = '25'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
const label = (x: Node) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber + 1}`;
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
for (const [id, ms] of self) {
  selfBy.set(label(byId.get(id)!), (selfBy.get(label(byId.get(id)!)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (!seen.has(l)) { seen.add(l); totalBy.set(l, (totalBy.get(l) ?? 0) + ms); }
  }
}
const wall = (p.endTime - p.startTime) / 1000;
const idle = [...selfBy].filter(([l]) => l.startsWith('(idle)')).reduce((s, [, ms]) => s + ms, 0);
console.log(`${file}: ${wall.toFixed(0)} ms profiled, ${idle.toFixed(0)} ms idle`);
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n));
console.log('self ms   function');
for (const [l, ms] of top(selfBy)) console.log(`${ms.toFixed(1).padStart(8)}  ${l}`);
console.log('total ms  function');
for (const [l, ms] of top(totalBy)) console.log(`${ms.toFixed(1).padStart(8)}  ${l}`);
