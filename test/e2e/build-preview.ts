import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Builds the app (task pane and preview) with the project's own webpack configuration into a
 * temporary folder. Development mode without source maps: the same code, minus minifying, so the
 * tests do not wait on Terser.
 */
export async function buildPreview(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "rating-matrix-e2e-"));
  // webpack and the configuration are CommonJS files of the project, loaded as they are.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as (config: unknown, callback: (error: Error | null, stats?: { hasErrors(): boolean; toString(o: string): string }) => void) => void;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => Record<string, unknown>;
  const config = configure({}, { mode: "development" });
  config.devtool = false;
  config.output = { ...(config.output as Record<string, unknown>), path: out };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve();
    });
  });
  return out;
}
