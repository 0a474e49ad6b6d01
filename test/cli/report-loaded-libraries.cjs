// Preloaded with node --require by the start-up test: when the process exits, prints on stderr
// the libraries it loaded, from node_modules or compiled into build/ (build/exceljs.cjs), as
// `loaded-libraries=["exceljs",...]`. pdf.js is an ES module, which require.cache does not list:
// it is seen by the global it sets when it loads.
"use strict";
process.on("exit", () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (match) names.add(match[1].replace(/\\/g, "/"));
    const compiled = /[\\/]build[\\/]([^\\/]+)\.cjs$/.exec(file);
    if (compiled && compiled[1] !== "cli") names.add(compiled[1]);
  }
  if (globalThis.pdfjsLib !== undefined) names.add("pdfjs-dist");
  process.stderr.write(`\nloaded-libraries=${JSON.stringify([...names].sort())}\n`);
});
