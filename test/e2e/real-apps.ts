import { existsSync } from "node:fs";

/** The Debian packages these tests drive; .ci/run installs them on a fresh machine. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function findProgram(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const candidate = `${dir}/${name}`;
    if (dir !== "" && existsSync(candidate)) return candidate;
  }
  return null;
}

/** `describe` when the programs are installed, otherwise `describe.skip` with a message saying why. */
export function describeWhenInstalled(programs: readonly string[], install: string): jest.Describe {
  const missing = programs.filter((p) => (p.startsWith("/") ? !existsSync(p) : findProgram(p) === null));
  if (missing.length === 0) return describe;
  console.warn(`Skipping: ${missing.join(", ")} not installed (${install}).`);
  return describe.skip;
}
