/**
 * Excel's rules for worksheet, table and defined names. Each check returns why a name is invalid, or null.
 * Uniqueness is checked by the workbook, which knows the other names.
 */
import { looksLikeCellReference } from "./addresses";

const SHEET_FORBIDDEN = /[\\/?*:[\]]/;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "A sheet name must be a string.";
  if (name.length === 0) return "A sheet name cannot be blank.";
  if (name.length > 31) return `The sheet name "${name}" is longer than 31 characters.`;
  if (SHEET_FORBIDDEN.test(name)) return `The sheet name "${name}" contains one of \\ / ? * : [ ].`;
  if (name.startsWith("'") || name.endsWith("'")) return `The sheet name "${name}" begins or ends with an apostrophe.`;
  if (name.toLowerCase() === "history") return `"History" is a name Excel reserves.`;
  return null;
}

/** Rules shared by table names and defined names. */
export function definedNameProblem(name: unknown, what: "table" | "defined"): string | null {
  const label = what === "table" ? "table name" : "name";
  if (typeof name !== "string") return `A ${label} must be a string.`;
  if (name.length === 0) return `A ${label} cannot be blank.`;
  if (name.length > 255) return `The ${label} "${name.slice(0, 20)}..." is longer than 255 characters.`;
  if (/\s/u.test(name)) return `The ${label} "${name}" contains a space.`;
  if (!/^[\p{L}_\\]/u.test(name)) return `The ${label} "${name}" must start with a letter, "_" or "\\".`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return `The ${label} "${name}" contains a character Excel does not allow.`;
  if (looksLikeCellReference(name)) return `The ${label} "${name}" looks like a cell reference.`;
  return null;
}

export const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();
