/**
 * `npm run eval` step for the ledger: builds the ledger of every labelled case under
 * test/fixtures/chains/ and scores it (chain-score.ts). `--min links=0.9,chains=0.9,states=0.8`
 * exits 1 when a score over all cases is below its bar. Prints per-case figures and what was wrong.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCase, ratio, scoreLedger, type ChainScore } from './chain-score';

function main(): number {
  const args = process.argv.slice(2);
  const minAt = args.indexOf('--min');
  const bars = new Map(minAt >= 0 ? args[minAt + 1].split(',').map((kv) => { const [k, v] = kv.split('='); return [k, Number(v)] as [string, number]; }) : []);
  const dirs = args.filter((_, i) => minAt < 0 || (i !== minAt && i !== minAt + 1));
  const root = 'test/fixtures/chains';
  const cases = dirs.length ? dirs : readdirSync(root).map((d) => join(root, d));
  const total: ChainScore = { links: [0, 0], chains: [0, 0], states: [0, 0], wrong: [] };
  for (const dir of cases) {
    const { ledger, labels } = loadCase(dir);
    const s = scoreLedger(ledger, labels);
    for (const k of ['links', 'chains', 'states'] as const) { total[k][0] += s[k][0]; total[k][1] += s[k][1]; }
    console.log(`${dir}: links ${s.links.join('/')} chains ${s.chains.join('/')} states ${s.states.join('/')}`);
    for (const w of s.wrong) console.log(`  ${w}`);
  }
  const scores = { links: ratio(total.links), chains: ratio(total.chains), states: ratio(total.states) };
  console.log(`overall: links ${scores.links.toFixed(3)} (${total.links.join('/')}), chains ${scores.chains.toFixed(3)} (${total.chains.join('/')}), states ${scores.states.toFixed(3)} (${total.states.join('/')})`);
  const failed = [...bars].filter(([k, v]) => !(scores[k as keyof typeof scores] >= v));
  for (const [k, v] of failed) console.log(`below bar: ${k} ${scores[k as keyof typeof scores].toFixed(3)} < ${v}`);
  return failed.length ? 1 : 0;
}

process.exitCode = main();
