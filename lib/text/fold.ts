/**
 * Traditional → simplified character fold, one character for one character, so a folded text
 * has the length of the original and every offset, quote and anchor computed on it points into
 * the original. Rules are written in simplified characters; a report served in traditional
 * script (big5 gateways, 繁體 toggles, Hong Kong and Macau mirrors) is read through this fold,
 * and what is shown is cut from the original characters (lib/extract/traditional.ts).
 *
 * The mapping is OpenCC's (the opencc-js package): TSCharacters (standard traditional →
 * simplified, first reading) and the reverse Taiwan and Hong Kong variant tables composed with
 * it (為 → 爲 → 为, 裡 → 裏 → 里). Only entries of one UTF-16 unit on both sides are taken:
 * anything else would shift offsets. A character read differently inside a word (答覆 → 答复
 * but 覆蓋 → 覆盖, 乾隆 stays 乾隆 while 乾旱 → 干旱) follows OpenCC's TSPhrases: those of its
 * phrases that keep their length and read otherwise than character by character.
 * Not for the content script: the tables are ~40 kB.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';

/**
 * Readings chosen where OpenCC has none or where a character is written for two words. Each was
 * checked against government prose (test/text/fold.test.ts): 著 is mostly the aspect 着
 * (著力, 意味著, 圍繞著), which the rules read; 顯著 keeps 著 (see KEEP_AFTER).
 */
const CHOSEN: Record<string, string> = { 著: '着' };
/** A character kept as written after one of these (folded) characters: 顯著 stays 显著, not 显着. */
const KEEP_AFTER: Record<string, string> = { 著: '显' };

let table: Uint16Array | null = null;
/** Phrases read otherwise than character by character, by first character, longest first. */
let phrases: Map<string, [string, string][]> | null = null;

function entries(dict: string): [string, string][] {
  return dict.split('|').map((pair) => pair.split(' ') as [string, string]);
}

/** The fold as a code-unit table (0: unchanged), built once on first use. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const single = (s: string | undefined) => s !== undefined && s.length === 1;
  for (const [from, to] of entries(TS_CHARACTERS)) if (single(from) && single(to) && from !== to) t[from.charCodeAt(0)] = to.charCodeAt(0);
  // A regional variant folds when its standard form does (為 → 爲 → 为); a variant whose standard
  // form is itself simplified (么 → 幺) is left alone: 么 is the simplified character.
  for (const [from, to] of [...entries(TW_VARIANTS_REV), ...entries(HK_VARIANTS_REV)]) {
    if (!single(from) || !single(to) || t[from.charCodeAt(0)]) continue;
    const target = t[to.charCodeAt(0)];
    if (target && target !== from.charCodeAt(0)) t[from.charCodeAt(0)] = target;
  }
  for (const [from, to] of Object.entries(CHOSEN)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  table = t;
  return t;
}

/** The phrases of TSPhrases that a character fold would read wrongly, built once. */
function phraseTable(): Map<string, [string, string][]> {
  if (phrases) return phrases;
  const byFirst = new Map<string, [string, string][]>();
  for (const [from, to] of entries(TS_PHRASES)) {
    if (!to || from.length !== to.length || foldChars(from) === to) continue;
    const list = byFirst.get(from[0]) ?? [];
    list.push([from, to]);
    byFirst.set(from[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  phrases = byFirst;
  return byFirst;
}

/** The character-by-character fold (no phrases). */
function foldChars(text: string): string {
  const t = foldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = t[text.charCodeAt(i)];
    out += code ? String.fromCharCode(code) : text[i];
  }
  return out;
}

/** The simplified reading of one character (the character itself when it has none). */
export function foldChar(ch: string): string {
  const code = ch.length === 1 ? foldTable()[ch.charCodeAt(0)] : 0;
  return code ? String.fromCharCode(code) : ch;
}

/** Folds every traditional character of `text`; the result has the same length. */
export function foldTraditional(text: string): string {
  const t = foldTable();
  const words = phraseTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const phrase = words.get(text[i])?.find(([trad]) => text.startsWith(trad, i));
    if (phrase) {
      out += text.slice(from, i) + phrase[1];
      i += phrase[0].length - 1;
      from = i + 1;
      continue;
    }
    const code = t[text.charCodeAt(i)];
    if (!code) continue;
    const ch = text[i];
    if (i > 0 && KEEP_AFTER[ch] !== undefined && foldChar(text[i - 1]) === KEEP_AFTER[ch]) continue;
    out += text.slice(from, i) + String.fromCharCode(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters of a text's start read to tell its script: enough for any page, and cheap on long English ones. */
const SCRIPT_SAMPLE = 8000;

/**
 * Whether a text is written in traditional script, from its first SCRIPT_SAMPLE characters:
 * at least one Chinese character in 40 has a simplified reading (a traditional report has one
 * in four or five; a simplified page quoting a traditional name or two stays far below).
 * Folding only such texts keeps simplified pages exactly as they were read before.
 */
export function isTraditional(text: string): boolean {
  const t = foldTable();
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (t[code]) traditional++;
  }
  return traditional >= 3 && traditional * 40 >= han;
}
