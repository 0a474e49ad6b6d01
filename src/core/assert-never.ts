/**
 * The default branch of a switch that must handle every member of a union (every kind of plan
 * step): `value` has type never only while every member has its case, so a new member fails the
 * type check here. At run time it throws, naming what was not handled.
 */
export function assertNever(value: never, what: string): never {
  const kind = typeof value === "object" && value !== null && "kind" in value ? String((value as { kind: unknown }).kind) : String(value);
  throw new Error(`Plan bug: ${what} has no case for "${kind}".`);
}
