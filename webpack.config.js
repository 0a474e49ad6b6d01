// Webpack build for the Rating Matrix task pane.
//
//   npx webpack --mode production     -> dist/ for deployment (ADDIN_PUBLIC_URL sets the public base URL)
//   npx webpack serve --mode development -> dev server on http://localhost:3000
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const ROOT = __dirname;
const DIST = path.resolve(ROOT, "dist");
const DEV_BASE_URL = "https://localhost:3000";
const DEFAULT_PUBLIC_URL = "https://rating-matrix.example.org";

/**
 * Reads ADDIN_PUBLIC_URL (the https address dist/ is served from) and returns it without a
 * trailing slash. Throws, and so fails the build, if it is not a usable https URL.
 */
function publicBaseUrl() {
  const raw = (process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a valid URL: "${raw}". Set it to the https address dist/ is served from, e.g. https://addins.example.org/rating-matrix`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office only loads add-ins over https), got "${raw}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_PUBLIC_URL must be a plain base address without credentials, query or fragment, got "${raw}".`);
  }
  const base = url.href.replace(/\/+$/, "");
  if (/[&<>"']/.test(base)) {
    throw new Error(`ADDIN_PUBLIC_URL contains a character that cannot go into the manifest XML: "${raw}".`);
  }
  return base;
}

/** Rewrites every dev URL in the manifest to the production base URL. */
function rewriteManifest(content, baseUrl) {
  const text = content.toString("utf8");
  const rewritten = text.split(DEV_BASE_URL).join(baseUrl);
  if (rewritten === text) {
    throw new Error(`manifest.xml contains no ${DEV_BASE_URL} URLs to rewrite.`);
  }
  if (/localhost/i.test(rewritten) && !/localhost/i.test(baseUrl)) {
    throw new Error("manifest.xml still mentions localhost after rewriting its URLs: use https://localhost:3000/... for every URL.");
  }
  return rewritten;
}

// Placeholder support page so the manifest's SupportUrl and LearnMoreUrl do not point at nothing.
const SUPPORT_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Rating Matrix: help</title>
</head>
<body>
  <main>
    <h1>Rating Matrix</h1>
    <p>Rating Matrix is an Excel add-in for Information Management Assessments. It sets up rating grids for each theme and area, colours the ratings and keeps a tracker of the resulting actions.</p>
    <p>To start, open a workbook in Excel and choose <strong>Rating Matrix</strong> on the <strong>Home</strong> tab.</p>
  </main>
</body>
</html>
`;

module.exports = (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const isProduction = mode === "production";
  const baseUrl = isProduction ? publicBaseUrl() : DEV_BASE_URL;

  const copyPatterns = [
    { from: "assets/*.png", context: ROOT, to: "assets/[name][ext]" },
    // Browsers ask for /favicon.ico by themselves; without it every page load logged a 404.
    { from: "assets/favicon.ico", context: ROOT, to: "favicon.ico" },
    // pdf.js's worker, served beside the task pane (src/pdf/load-pdfjs-browser.ts): no CDN, works offline.
    // Already minified by pdf.js: marked so, or the minimizer would spend a third of the build on it.
    { from: path.resolve(ROOT, "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs"), to: "pdf.worker.min.mjs", info: { minimized: true } },
    ...["manifest.xml", "manifest-selftest.xml"].map((file) =>
      isProduction
        ? { from: path.resolve(ROOT, file), to: file, transform: (content) => rewriteManifest(content, baseUrl) }
        : { from: path.resolve(ROOT, file), to: file },
    ),
  ];

  return {
    mode,
    context: ROOT,
    // preview.html is the task pane outside Excel on an .xlsx workbook in the page (npm start opens
    // it at http://localhost:3000/); it alone loads exceljs, so taskpane.html stays small.
    // selftest.html runs the office-js self-test inside Excel (src/selftest, README "Self-test in
    // Excel"); manifest-selftest.xml opens it.
    entry: { taskpane: "./src/taskpane/index.tsx", preview: "./src/preview/index.tsx", selftest: "./src/selftest/index.ts" },
    output: {
      path: DIST,
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // `--env sourceMaps` (npm run bench) adds source maps without a link from the bundles, from
    // which the bench tells which package fills how much of the first paint.
    devtool: isProduction ? (env && env.sourceMaps ? "hidden-source-map" : false) : "eval-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { loader: "tsx", target: "es2020", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      // Terser (webpack's default, "...") for the task pane, where every byte counts at first paint;
      // esbuild's minifier, ten times faster and a little larger, for the preview page and pdf.js,
      // which are most of the code and load outside Excel or only when a PDF is opened.
      minimizer: [new EsbuildPlugin({ target: "es2020", include: /^(preview|preview-vendor|pdfjs)\./ }), "..."],
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React, Fluent UI and their dependencies change far less often than our code: one
          // long-cached chunk. Only what the first paint needs: a library used only by a view that
          // loads when its tab opens (the Rate view's dropdowns) stays in that view's chunk.
          vendor: {
            // pdf.js is loaded on demand when a PDF is opened (Import view); keep it out of the first paint.
            test: /[\\/]node_modules[\\/](?!pdfjs-dist[\\/])/,
            name: "vendor",
            // Only the task pane's initial chunk: lazily loaded views keep their own libraries, and the
            // preview page's (exceljs) never reach taskpane.html.
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
            priority: 10,
          },
          // Code shared between chunks is split as webpack does by default, except with the preview
          // and self-test entries: they keep their own copies, so the task pane's first paint is not
          // cut into an extra file shared with a page it never loads.
          default: { chunks: (chunk) => chunk.name !== "preview" && chunk.name !== "selftest", minChunks: 2, priority: -20, reuseExistingChunk: true },
          // The preview's libraries (exceljs among them) in a chunk only preview.html loads.
          previewVendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "preview-vendor",
            chunks: (chunk) => chunk.name === "preview",
            enforce: true,
            priority: 5,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.resolve(ROOT, "src/taskpane/taskpane.html"),
        filename: "taskpane.html",
        chunks: ["taskpane"],
        // Deferred bundles in <head>: they download while the page parses and run after the
        // synchronous office.js <script> in the template.
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        template: path.resolve(ROOT, "src/preview/preview.html"),
        filename: "preview.html",
        chunks: ["preview"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        template: path.resolve(ROOT, "src/selftest/selftest.html"),
        filename: "selftest.html",
        chunks: ["selftest"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        templateContent: SUPPORT_PAGE,
        filename: "support.html",
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      // Plain http: trusted development certificates (office-addin-dev-certs) cannot be relied on
      // on Linux. The manifest still says https://localhost:3000, which is what Office requires;
      // where a trusted certificate is installed, run
      //   npx webpack serve --mode development --server-type https --server-options-key <key> --server-options-cert <cert>
      server: "http",
      static: { directory: DIST },
      // http://localhost:3000/ opens the preview; the task pane itself is /taskpane.html.
      devMiddleware: { index: "preview.html" },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
