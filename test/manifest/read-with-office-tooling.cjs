// Reads manifest.xml with Microsoft's office-addin-manifest (its offline reader; `validate` needs
// an online service) and prints what it found as JSON, or `{"error": "..."}`. It runs in its own
// Node process because the package's dependencies (uuid, strip-bom) are ES modules that jest's
// CommonJS module loader cannot require on Node 20, while Node itself can.
"use strict";
const path = require("node:path");
const { OfficeAddinManifest } = require("office-addin-manifest");

const file = process.argv[2] ?? path.join(__dirname, "..", "..", "manifest.xml");
OfficeAddinManifest.readManifestFile(file).then(
  (info) => process.stdout.write(JSON.stringify(info)),
  (error) => process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) })),
);
