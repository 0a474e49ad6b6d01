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
  readonly children: Map<number, TrieNode>;
  /** Labels of the candidates whose key ends here (usually one). */
  readonly labels: string[];
  /** slipAllowance of the keys ending here. */
  readonly allowance: number;
  /** The largest allowance of a key ending here or below: past it, nothing below can match. */
  mostAllowed: number;
}

function newNode(depth: number): TrieNode {
  return { children: new Map(), labels: [], allowance: slipAllowance(depth), mostAllowed: 0 };
}

/**
 * Finds, for each text, the one candidate it is a typing slip of: compared ignoring case and
 * spacing, within slipAllowance edits of the candidate's key (a swap of two neighbouring letters is
 * one edit, so "Satisfactroy" is one edit from "Satisfactory"). Gives null when none is close
 * enough, or when candidates of two different labels are equally close (we never guess between
 * two).
 *
 * Linear in the workbook: each distinct text is looked up once, and a lookup walks a trie of the
 * candidates' keys with one row of the edit-distance table per letter, leaving a branch as soon as
 * every key below it must be further than its allowance. A text far from every candidate is thus
 * dropped after a few letters instead of being compared with each of them in full.
 */
export function nearMissFinder(candidates: readonly NearMissCandidate[]): (text: string) => string | null {
  const root = newNode(0);
  let deepest = 0;
  for (const { key, label } of candidates) {
    // A key more edits away in length than its allowance can match no text we look up.
    if (key.length > LONGEST_SLIP + MOST_EDITS) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const letter = key.charCodeAt(i);
      let child = node.children.get(letter);
      if (child === undefined) {
        child = newNode(i + 1);
        node.children.set(letter, child);
      }
      node = child;
    }
    if (!node.labels.includes(label)) node.labels.push(label);
    deepest = Math.max(deepest, key.length);
  }
  markMostAllowed(root);
  // One table for every lookup: a row per letter of the deepest key, a column per letter of the longest text.
  const table = new Int32Array((deepest + 1) * (LONGEST_SLIP + 1));
  const nearestToKey = memoised((key) => (key === "" || key.length > LONGEST_SLIP ? null : new TrieSearch(key, table).run(root)));
  return memoised((text) => nearestToKey(labelKey(text)));
}

function markMostAllowed(node: TrieNode): number {
  let most = node.labels.length > 0 ? node.allowance : 0;
  for (const child of node.children.values()) most = Math.max(most, markMostAllowed(child));
  node.mostAllowed = most;
  return most;
}

/**
 * One lookup: the rows of the edit-distance table between the text (columns) and the keys on the
 * current trie path (one row per letter of the path), the best distance so far and its label.
 */
class TrieSearch {
  /** Columns of a row: one per letter of the text, and one for none. */
  private readonly width: number;
  private bestDistance = Infinity;
  private best: string | null = null;
  private tie = false;

  constructor(
    private readonly text: string,
    private readonly table: Int32Array,
  ) {
    this.width = text.length + 1;
    for (let j = 0; j < this.width; j++) table[j] = j;
  }

  run(root: TrieNode): string | null {
    this.consider(root, 0);
    for (const [letter, child] of root.children) this.visit(child, 1, letter, -1);
    return this.tie ? null : this.best;
  }

  /** Fills row `depth` for the path's letter `letter` (after `before`, -1 at the start) and goes on below. */
  private visit(node: TrieNode, depth: number, letter: number, before: number): void {
    const { table, text, width } = this;
    const row = depth * width;
    const above = row - width;
    const twoAbove = above - width;
    table[row] = depth;
    let smallest = depth;
    for (let j = 1; j < width; j++) {
      const here = text.charCodeAt(j - 1);
      let d = Math.min((table[above + j] as number) + 1, (table[row + j - 1] as number) + 1, (table[above + j - 1] as number) + (here === letter ? 0 : 1));
      // A swap of neighbouring letters: the path ends "...before letter" where the text has "letter before".
      if (j > 1 && depth > 1 && here === before && text.charCodeAt(j - 2) === letter) {
        d = Math.min(d, (table[twoAbove + j - 2] as number) + 1);
      }
      table[row + j] = d;
      if (d < smallest) smallest = d;
    }
    // Every later row is at least this row's smallest value (a swap only reaches back to a cell
    // that the row in between already bounds), so nothing below can come within its allowance.
    if (smallest > node.mostAllowed) return;
    this.consider(node, depth);
    for (const [next, child] of node.children) this.visit(child, depth + 1, next, letter);
  }

  private consider(node: TrieNode, depth: number): void {
    if (node.labels.length === 0) return;
    const distance = this.table[depth * this.width + this.width - 1] as number;
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
