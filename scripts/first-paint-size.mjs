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

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The source index of each mapped segment of a source map, with where it starts: [[line, column, source]]. */
function segments(mappings) {
  const out = [];
  let source = 0;
  mappings.split(";").forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      out.push([lineIndex, column, fields.length > 1 ? source : -1]);
    }
  });
  return out;
}

/** "react-dom" for .../node_modules/react-dom/..., "src/excel" for our sources, "(webpack)" otherwise. */
function owner(source) {
  const library = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (library) return library[1];
  const ours = /(src\/[^/]+)\//.exec(source);
  return ours ? ours[1] : "(webpack runtime)";
}

/**
 * Who fills a bundle: its minified bytes attributed through its source map (`file.map` beside it,
 * as `webpack --env sourceMaps` writes them) to the package or source folder they came from, and
 * each one's share of the gzipped file. Returns null when there is no source map.
 * @returns {{ owner: string, bytes: number, gzipBytes: number }[] | null}
 */
export function bundleOwners(distDir, file) {
  const mapPath = join(distDir, `${file}.map`);
  let map;
  try {
    map = JSON.parse(readFileSync(mapPath, "utf8"));
  } catch {
    return null;
  }
  const code = readFileSync(join(distDir, file), "utf8");
  const lines = code.split("\n");
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const bytes = new Map();
  const all = segments(map.mappings);
  all.forEach(([line, column, source], i) => {
    const next = all[i + 1];
    const end = next && next[0] === line ? next[1] : (lines[line] ?? "").length;
    const key = source < 0 ? "(webpack runtime)" : owner(map.sources[source] ?? "");
    bytes.set(key, (bytes.get(key) ?? 0) + (end - column));
  });
  return [...bytes]
    .map(([name, size]) => ({ owner: name, bytes: size, gzipBytes: (size / code.length) * gzipBytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
