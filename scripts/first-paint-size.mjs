#!/usr/bin/env node
// Measures what the task pane downloads before its first paint: every local script and
// stylesheet that dist/taskpane.html loads, raw and gzipped (zlib level 9). Scripts from other
// origins (the office.js CDN) are not ours to shrink; they are listed under "excluded".
//
//   node scripts/first-paint-size.mjs [distDir]   -> prints JSON to stdout
//   import { measureFirstPaint } from "./scripts/first-paint-size.mjs"
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const DEFAULT_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

function isRemote(url) {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * Lists the scripts and stylesheets an HTML page loads, in document order.
 * Returns [{ url, kind: "script" | "stylesheet", local }]; local is false for URLs with a scheme
 * (https:, data:, ...) or protocol-relative URLs.
 */
export function pageResources(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const resources = [];
  for (const match of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = match[0];
    const isScript = match[1].toLowerCase() === "script";
    let url;
    if (isScript) {
      url = attribute(tag, "src");
    } else {
      const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
      if (rel.includes("stylesheet")) url = attribute(tag, "href");
    }
    if (url === undefined || url === "") continue;
    resources.push({ url, kind: isScript ? "script" : "stylesheet", local: !isRemote(url) });
  }
  return resources;
}

/** Maps a local URL from a page in distDir to a file path (query and fragment dropped). */
export function localPath(distDir, url) {
  const clean = decodeURIComponent(url.replace(/[?#].*$/, ""));
  return clean.startsWith("/") ? join(distDir, clean) : resolve(distDir, clean);
}

/**
 * Measures the first-paint download of distDir/taskpane.html.
 * @returns {{ files: {file: string, bytes: number, gzipBytes: number}[], totalGzipBytes: number,
 *            totalBytes: number, excluded: {url: string, reason: string}[] }}
 */
export function measureFirstPaint(distDir = DEFAULT_DIST, page = "taskpane.html") {
  const html = readFileSync(join(distDir, page), "utf8");
  const files = [];
  const excluded = [];
  for (const resource of pageResources(html)) {
    if (!resource.local) {
      excluded.push({ url: resource.url, reason: "not a local file (loaded from another origin)" });
      continue;
    }
    const path = localPath(distDir, resource.url);
    const content = readFileSync(path);
    files.push({
      file: relative(distDir, path).split("\\").join("/"),
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    });
  }
  return {
    files,
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    excluded,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_DIST;
  try {
    const result = measureFirstPaint(distDir);
    if (result.files.length === 0) {
      console.error(`first-paint-size: ${join(distDir, "taskpane.html")} loads no local scripts or stylesheets.`);
      process.exit(1);
    }
    console.log(JSON.stringify(result, null, 2));
  } catch (error) {
    console.error(`first-paint-size: ${error instanceof Error ? error.message : String(error)} (run "npm run build" first)`);
    process.exit(1);
  }
}
