/** A sentence for an error nobody expected, so it can be shown to the user rather than only logged. */
export function describeError(error: unknown): string {
  const detail =
    error instanceof Error ? error.message.trim() : typeof error === "string" ? error.trim() : "";
  return detail === ""
    ? "Something unexpected went wrong, and Excel gave no details."
    : `Something unexpected went wrong: ${detail}`;
}
