import { labelKey } from "../label-key";
import { memoised } from "../memo";

/** A label the checks may suggest, with its comparison key (labelKey of the label or an alias). */
export interface NearMissCandidate {
  readonly key: string;
  readonly label: string;
}

/** Texts longer than this (as keys) are never taken for a typing slip. */
const LONGEST_SLIP = 200;
/** The most edits slipAllowance ever grants. */
const MOST_EDITS = 3;

/** How many edits still count as a typing slip for a word of this length. */
function slipAllowance(length: number): number {
  return Math.min(MOST_EDITS, Math.max(1, Math.floor(length / 5)));
}

/** A node of the candidates' key trie: the keys that start with the letters on the path to it. */
interface TrieNode {
  /** The last letter of the path (a UTF-16 code unit, as the old comparison counted). */
  readonly letter: number;
  readonly children: TrieNode[];
  /** Labels of the candidates whose key ends here (usually one). */
  readonly labels: string[];
  /** slipAllowance of the keys ending here. */
  readonly allowance: number;
  /** The largest allowance of a key ending here or below: past it, nothing below can match. */
  mostAllowed: number;
  /** The lengths of the shortest and longest keys ending here or below. */
  shortest: number;
  longest: number;
}

function newNode(letter: number, depth: number): TrieNode {
  return { letter, children: [], labels: [], allowance: slipAllowance(depth), mostAllowed: 0, shortest: Infinity, longest: 0 };
}

/**
 * Finds, for each text, the one candidate it is a typing slip of: compared ignoring case and
 * spacing, within slipAllowance edits of the candidate's key (a swap of two neighbouring letters is
 * one edit, so "Satisfactroy" is one edit from "Satisfactory"). Gives null when none is close
 * enough, or when candidates of two different labels are equally close (we never guess between
 * two).
 *
 * Linear in the workbook: each distinct text is looked up once, and a lookup walks a trie of the
 * candidates' keys with one row of the edit-distance table per letter, computed only near its
 * diagonal (a cell further off is more edits away than any allowance). It leaves a branch as soon
 * as no key below it has a length within its allowance of the text's, or every key below must be
 * further than its allowance. A text far from every candidate is thus dropped after a few letters
 * instead of being compared with each of them in full.
 */
export function nearMissFinder(candidates: readonly NearMissCandidate[]): (text: string) => string | null {
  const root = newNode(-1, 0);
  let deepest = 0;
  for (const { key, label } of candidates) {
    // A key more edits away in length than its allowance can match no text we look up.
    if (key.length > LONGEST_SLIP + MOST_EDITS) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const letter = key.charCodeAt(i);
      let child = node.children.find((c) => c.letter === letter);
      if (child === undefined) {
        child = newNode(letter, i + 1);
        node.children.push(child);
      }
      node = child;
    }
    if (!node.labels.includes(label)) node.labels.push(label);
    deepest = Math.max(deepest, key.length);
  }
  summarise(root, 0);
  // One table for every lookup: a row per letter of the deepest key, a column per letter of the longest text.
  const table = new Int32Array((deepest + 1) * (LONGEST_SLIP + 1));
  const nearestToKey = memoised((key) => (key === "" || key.length > LONGEST_SLIP ? null : new TrieSearch(key, table, root.mostAllowed).run(root)));
  return memoised((text) => nearestToKey(labelKey(text)));
}

/** Fills in mostAllowed, shortest and longest from the keys below each node. */
function summarise(node: TrieNode, depth: number): void {
  if (node.labels.length > 0) {
    node.mostAllowed = node.allowance;
    node.shortest = depth;
    node.longest = depth;
  }
  for (const child of node.children) {
    summarise(child, depth + 1);
    node.mostAllowed = Math.max(node.mostAllowed, child.mostAllowed);
    node.shortest = Math.min(node.shortest, child.shortest);
    node.longest = Math.max(node.longest, child.longest);
  }
}

/**
 * Whether a key below `node` may be within its allowance of a text of this length. A key of length
 * L needs |length - L| <= slipAllowance(L); L + slipAllowance(L) grows with L and L - slipAllowance(L)
 * never falls, so the longest and the shortest key below are the ones to try.
 */
function mayHoldLength(node: TrieNode, length: number): boolean {
  return length <= node.longest + slipAllowance(node.longest) && length >= node.shortest - slipAllowance(node.shortest);
}

/** How far `left` letters are from any number between `fewest` and `most`. */
function lengthGap(left: number, fewest: number, most: number): number {
  return left < fewest ? fewest - left : left > most ? left - most : 0;
}

/**
 * One lookup: the rows of the edit-distance table between the text (columns) and the keys on the
 * current trie path (one row per letter of the path), the best distance so far and its label.
 * Only cells within `band` of the diagonal are computed; the cell just outside each end holds
 * band + 1, a stand-in for "further than any allowance" (the true value is at least that).
 */
class TrieSearch {
  /** Columns of a row: one per letter of the text, and one for none. */
  private readonly width: number;
  private readonly far: number;
  private bestDistance = Infinity;
  private best: string | null = null;
  private tie = false;

  constructor(
    private readonly text: string,
    private readonly table: Int32Array,
    private readonly band: number,
  ) {
    this.width = text.length + 1;
    this.far = band + 1;
    for (let j = 0; j < this.width; j++) table[j] = j <= band ? j : this.far;
  }

  run(root: TrieNode): string | null {
    this.consider(root, 0);
    for (const child of root.children) if (mayHoldLength(child, this.text.length)) this.visit(child, 1, -1);
    return this.tie ? null : this.best;
  }

  /** Fills row `depth` for the node's letter (after `before`, -1 at the start) and goes on below. */
  private visit(node: TrieNode, depth: number, before: number): void {
    const { table, text, width, band, far } = this;
    const letter = node.letter;
    const row = depth * width;
    const above = row - width;
    const twoAbove = above - width;
    const from = Math.max(1, depth - band);
    const to = Math.min(width - 1, depth + band);
    table[row] = depth;
    if (from > 1) table[row + from - 1] = far;
    // The fewest edits any key below can still need: the distance so far at a column, plus the
    // difference between what is left of the text and what is left of the keys below.
    const fewestLeft = node.shortest - depth;
    const mostLeft = node.longest - depth;
    let fewest = depth + lengthGap(width - 1, fewestLeft, mostLeft);
    for (let j = from; j <= to; j++) {
      const here = text.charCodeAt(j - 1);
      let d = Math.min((table[above + j] as number) + 1, (table[row + j - 1] as number) + 1, (table[above + j - 1] as number) + (here === letter ? 0 : 1));
      // A swap of neighbouring letters: the path ends "...before letter" where the text has "letter before".
      if (j > 1 && depth > 1 && here === before && text.charCodeAt(j - 2) === letter) {
        d = Math.min(d, (table[twoAbove + j - 2] as number) + 1);
      }
      table[row + j] = d;
      const atLeast = d + lengthGap(width - 1 - j, fewestLeft, mostLeft);
      if (atLeast < fewest) fewest = atLeast;
    }
    if (to + 1 < width) table[row + to + 1] = far;
    // Any key below is reached through a cell of this row (a swap that steps over the row costs no
    // less than the cell it steps over: that cell is at most one edit from where the swap starts),
    // so when every cell needs more edits than any key below allows, the branch is done. Cells
    // outside the band are further than any allowance.
    if (fewest > node.mostAllowed) return;
    this.consider(node, depth);
    for (const child of node.children) if (mayHoldLength(child, text.length)) this.visit(child, depth + 1, letter);
  }

  private consider(node: TrieNode, depth: number): void {
    if (node.labels.length === 0) return;
    const length = this.width - 1;
    // Outside the band the table holds no distance; such a key is too far in length anyway.
    if (Math.abs(depth - length) > node.allowance) return;
    const distance = this.table[depth * this.width + length] as number;
    if (distance > node.allowance) return;
    for (const label of node.labels) {
      if (distance < this.bestDistance) {
        this.best = label;
        this.bestDistance = distance;
        this.tie = false;
      } else if (distance === this.bestDistance && label !== this.best) {
        this.tie = true;
      }
    }
  }
}
