"use strict";

const UI = ["react", "react-dom", "@fluentui/react-components"];

// What each folder of src/ may import besides itself (checked by scripts/eslint-layers.cjs). Anything not
// listed is refused, so a new package or a new edge between folders is a decision made here.
module.exports = {
  core: { why: "The core is pure: no hosts, UI, packages or I/O." },
  workflows: { folders: ["core"], why: "Workflows run on any WorkbookHost: they see hosts only through the core's interface." },
  excel: { folders: ["core"], why: "The Excel host talks to office-js (a global) and the core only." },
  xlsx: {
    folders: ["core"],
    packages: ["exceljs", "jszip"],
    why: "The .xlsx host is shared by the command line and the browser preview: exceljs, JSZip and the core only.",
  },
  pdf: { folders: ["core"], packages: ["pdfjs-dist"], why: "The PDF reader uses pdf.js and the core only; Node's loader lives in src/cli." },
  docx: { folders: ["core"], packages: ["docx"], why: "The Word writer turns the core's report model into a file: the docx package and the core only." },
  taskpane: {
    folders: ["core", "workflows", "pdf"],
    files: ["excel/connect"],
    packages: UI,
    why: "The task pane reaches Excel only through WorkbookHost (src/excel/connect starts it); file hosts and writers stay out of its first paint.",
  },
  cli: {
    folders: ["core", "workflows", "xlsx", "pdf", "docx"],
    packages: ["pdfjs-dist"],
    node: true,
    why: "The command line composes the .xlsx host, the PDF reader and the Word writer in Node; never office-js or the UI.",
  },
  preview: {
    folders: ["core", "workflows", "xlsx", "taskpane", "docx"],
    packages: [...UI, "exceljs"],
    why: "The preview is the task pane on the .xlsx host in a browser: never office-js or Node.",
  },
  selftest: {
    folders: ["core", "excel"],
    why: "The self-test page shows what the Excel host's cases (src/excel/self-test) found: no UI library, so it loads fast.",
  },
};
