/**
 * Remembers a function's answers for the life of one read or check: a workbook repeats the same few
 * texts (ratings, statuses, themes) thousands of times, so each is worked out once.
 */
export function memoised<V>(compute: (text: string) => V): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as V;
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
