#!/usr/bin/env node
// Checks a production build in dist/ (run after `npm run build`):
//   - taskpane.html exists, loads office.js from Microsoft's CDN and at least one local .js file, and
//     every local file it loads exists;
//   - manifest.xml and the icons exist, and the manifest no longer mentions localhost;
//   - manifest-selftest.xml likewise, opening selftest.html, which exists;
//   - every manifest URL under the add-in's own base address is a file in dist/;
//   - no source maps: no .map files and no sourceMappingURL comment in any .js file.
// Prints one line per problem and exits 1, or prints one OK line and exits 0.
//
//   node scripts/check-dist.mjs [distDir]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DIST, localPath, pageResources } from "./first-paint-size.mjs";

const ICON_SIZES = [16, 32, 64, 80, 128];
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export function checkDist(distDir = DEFAULT_DIST) {
  const problems = [];
  const rel = (p) => relative(distDir, p).split("\\").join("/");

  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    return { problems: [`${distDir} does not exist: run "npm run build" first.`], summary: "" };
  }
  const allFiles = walk(distDir);

  // taskpane.html and what it loads
  let localScripts = 0;
  const htmlPath = join(distDir, "taskpane.html");
  if (!existsSync(htmlPath)) {
    problems.push("dist/taskpane.html is missing.");
  } else {
    const resources = pageResources(readFileSync(htmlPath, "utf8"));
    for (const resource of resources.filter((r) => r.local)) {
      const path = localPath(distDir, resource.url);
      if (!existsSync(path)) {
        problems.push(`dist/taskpane.html loads ${resource.url}, which is not in dist/.`);
      } else if (resource.kind === "script" && path.endsWith(".js")) {
        localScripts += 1;
      }
    }
    if (localScripts === 0) problems.push("dist/taskpane.html loads no local .js file that exists in dist/.");
    if (!resources.some((r) => r.kind === "script" && r.url === OFFICE_JS_CDN)) {
      problems.push(`dist/taskpane.html does not load office.js from ${OFFICE_JS_CDN} (is this a development build?).`);
    }
  }

  // manifest and icons
  const manifestPath = join(distDir, "manifest.xml");
  let manifestUrls = 0;
  if (!existsSync(manifestPath)) {
    problems.push("dist/manifest.xml is missing.");
  } else {
    const manifest = readFileSync(manifestPath, "utf8");
    if (/localhost/i.test(manifest)) {
      problems.push("dist/manifest.xml still mentions localhost: build with --mode production (and ADDIN_PUBLIC_URL set).");
    }
    const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    if (!source || !source.endsWith("taskpane.html")) {
      problems.push("dist/manifest.xml has no DefaultSettings SourceLocation ending in taskpane.html.");
    } else {
      const base = source.slice(0, -"taskpane.html".length);
      for (const match of manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)) {
        const url = match[1];
        if (!url.startsWith(base)) continue;
        manifestUrls += 1;
        const file = join(distDir, decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, "")));
        if (!existsSync(file)) problems.push(`dist/manifest.xml refers to ${url}, but dist/${rel(file)} does not exist.`);
      }
      if (manifestUrls === 0) problems.push(`dist/manifest.xml has no URLs under ${base}.`);
    }
  }
  // The self-test's own manifest (README "Self-test in Excel") opens selftest.html.
  const selfTestPath = join(distDir, "manifest-selftest.xml");
  if (!existsSync(selfTestPath)) {
    problems.push("dist/manifest-selftest.xml is missing.");
  } else {
    const selfTest = readFileSync(selfTestPath, "utf8");
    if (/localhost/i.test(selfTest)) problems.push("dist/manifest-selftest.xml still mentions localhost: build with --mode production.");
    const page = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(selfTest)?.[1];
    if (!page || !page.endsWith("/selftest.html")) problems.push("dist/manifest-selftest.xml has no SourceLocation ending in selftest.html.");
    if (!existsSync(join(distDir, "selftest.html"))) problems.push("dist/selftest.html is missing.");
  }
  for (const size of ICON_SIZES) {
    if (!existsSync(join(distDir, "assets", `icon-${size}.png`))) problems.push(`dist/assets/icon-${size}.png is missing.`);
  }

  // source maps
  const jsFiles = allFiles.filter((f) => f.endsWith(".js"));
  for (const file of allFiles.filter((f) => f.endsWith(".map"))) {
    problems.push(`dist/${rel(file)} is a source map: production builds must not ship them.`);
  }
  for (const file of jsFiles) {
    if (readFileSync(file, "utf8").includes("sourceMappingURL")) {
      problems.push(`dist/${rel(file)} contains a sourceMappingURL comment.`);
    }
  }

  const summary = `${allFiles.length} files, ${jsFiles.length} .js (${localScripts} loaded by taskpane.html), ${manifestUrls} manifest URLs resolved`;
  return { problems, summary };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_DIST;
  const { problems, summary } = checkDist(distDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-dist: ${problem}`);
    console.error(`check-dist: ${problems.length} problem(s) in ${distDir}`);
    process.exit(1);
  }
  console.log(`check-dist: OK (${summary})`);
}
