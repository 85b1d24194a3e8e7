/**
 * Scores a ledger against hand-labelled chains (test/fixtures/chains/<case>/labels.json):
 * - links: each labelled cell is linked right — the chain starts at its first commitment and
 *   in each later report links to the labelled commitment, or to none when the label has none;
 * - chains: every link of the chain right;
 * - states: the plan state (repeated / reworded / target-raised / target-lowered) and the
 *   review state (done / progress / missed / silent) of each later cell, linked right.
 * Labels name commitments by a piece of their text (`match`), never by extraction ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLedger } from '../lib/chains/ledger';
import type { Chain, Ledger } from '../lib/chains/types';
import { extractText } from '../lib/extract/index';

export interface LabelCell { plan: string | null; review?: string; match?: string }
export interface LabelChain { id: string; from: number; cells: LabelCell[] }
export interface Labels { reports: string[]; chains: LabelChain[] }

export interface ChainScore { links: [number, number]; chains: [number, number]; states: [number, number]; wrong: string[] }

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const has = (text: string | undefined, match: string) => !!text && norm(text).includes(norm(match));

function predictedFor(label: LabelChain, ledger: Ledger): Chain | undefined {
  const first = label.cells[0].match!;
  return ledger.chains.find((c) => c.first.report === label.from && has(c.cells[0].commitment?.text, first));
}

export function scoreLedger(ledger: Ledger, labels: Labels): ChainScore {
  const out: ChainScore = { links: [0, 0], chains: [0, 0], states: [0, 0], wrong: [] };
  for (const label of labels.chains) {
    const chain = predictedFor(label, ledger);
    let allRight = true;
    label.cells.forEach((want, i) => {
      const got = chain?.cells[i];
      const linked = !!got && (want.plan === null ? got.plan === null : has(got.commitment?.text, want.match ?? ''));
      out.links[1]++;
      if (linked) out.links[0]++;
      else { allRight = false; out.wrong.push(`${label.id}[${i}] link: want ${want.plan === null ? 'none' : want.match}, got ${got ? got.commitment?.text ?? 'none' : chain ? 'no cell' : 'no chain'}`); }
      if (i === 0) return;
      out.states[1]++;
      if (linked && got!.plan === want.plan && got!.review === want.review) out.states[0]++;
      else if (linked) out.wrong.push(`${label.id}[${i}] state: want ${want.plan}/${want.review}, got ${got!.plan}/${got!.review} (${got!.reviewRules.join(',')})`);
    });
    out.chains[1]++;
    if (allRight) out.chains[0]++;
  }
  return out;
}

export function ratio([right, total]: [number, number]): number {
  return total ? right / total : 0;
}

/** A labelled case folder: its reports extracted and its ledger built, with the labels. */
export function loadCase(dir: string): { labels: Labels; ledger: Ledger } {
  const labels: Labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const reports = labels.reports.map((f) => extractText(readFileSync(join(dir, f), 'utf8'), { sha256: f, file: f }));
  return { labels, ledger: buildLedger(reports) };
}
