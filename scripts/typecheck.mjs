// `npm run typecheck`: the whole project, and the pure core on its own without the DOM, Node or
// office-js typings (tsconfig.core.json), side by side on two processes. Both are incremental:
// what tsc learnt is kept in build/*.tsbuildinfo, so a second run re-checks only what changed.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const projects = [
  ["tsconfig.json", "build/typecheck.tsbuildinfo"],
  ["tsconfig.core.json", "build/typecheck-core.tsbuildinfo"],
];

const codes = await Promise.all(
  projects.map(
    ([project, info]) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [tsc, "--noEmit", "-p", project, "--incremental", "--tsBuildInfoFile", info], { cwd: root, stdio: "inherit" });
        child.on("close", (code) => resolve(code ?? 1));
      }),
  ),
);
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
