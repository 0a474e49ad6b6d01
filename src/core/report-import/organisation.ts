/**
 * The body the review is about, from the sentences every review of this kind uses to name it:
 * "The <body> IMA took place in ..." and "... work closely with <body> so that ...". Null when
 * neither is there: we do not guess from capitalised words elsewhere.
 */

// A name: capitalised words, with "of", "for", "and", "the", "&" allowed between them.
const NAME = /([A-Z][\w'’.&-]*(?: (?:(?:of|for|and|the|&) )?[A-Z][\w'’.&-]*){0,7})/;

const PATTERNS: readonly { anchor: RegExp; name: RegExp }[] = [
  { anchor: /\b(?:IMA|Information Management Assessment) (?:took place|was carried out|was conducted)/g, name: new RegExp(`\\b[Tt]he ${NAME.source} $`) },
  { anchor: /\bso that\b/g, name: new RegExp(`\\bwork closely with ${NAME.source} $`) },
];

// How far before an anchor a name may start; bounding it keeps the search linear in the text.
const WINDOW = 160;

export function findOrganisation(text: string): string | null {
  const flat = text.replace(/\s+/g, " ");
  for (const pattern of PATTERNS) {
    pattern.anchor.lastIndex = 0;
    for (let match = pattern.anchor.exec(flat); match !== null; match = pattern.anchor.exec(flat)) {
      const before = flat.slice(Math.max(0, match.index - WINDOW), match.index);
      const name = pattern.name.exec(before)?.[1];
      if (name !== undefined && name.trim() !== "") return name.trim();
    }
  }
  return null;
}
