// The layers of DESIGN.md section 5 as allow-lists: each folder of src/ names what it may import
// (folders of src/, single files of src/, packages, Node's built-in modules) and everything else is
// refused. Every kind of import is checked: static, `export ... from`, dynamic `import("...")`,
// `import("...").Type`, `import x = require("...")` and `require("...")`. A folder of src/ with no
// allow-list is itself an error, so a new layer cannot appear unnoticed.
//
// The allow-lists are in scripts/layers.cjs; test/architecture proves each forbidden edge is refused.
// CommonJS so that the tests load it in-process, without ESLint's configuration loader.
"use strict";

const { builtinModules } = require("node:module");
const path = require("node:path");

const NODE_BUILTINS = new Set(builtinModules);

/** "react-dom/client" -> "react-dom"; "@fluentui/react-components/x" -> "@fluentui/react-components". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith("node:") || NODE_BUILTINS.has(packageName(specifier));
}

/** A package allowed by name or by a scope pattern such as "@fluentui/*". */
function packageAllowed(name, allowed) {
  return allowed.some((entry) => entry === name || (entry.endsWith("/*") && name.startsWith(entry.slice(0, -1))));
}

/** "../excel/connect.ts", "../excel/connect/index" -> "excel/connect". */
function modulePath(relativeToSrc) {
  return relativeToSrc
    .split(path.sep)
    .join("/")
    .replace(/\.(tsx?|mjs|cjs|js)$/, "")
    .replace(/\/index$/, "");
}

function literalSource(node) {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

const allowedImports = {
  meta: {
    type: "problem",
    docs: { description: "Each folder of src/ imports only what its allow-list in eslint.config.mjs names." },
    messages: {
      refused: "src/{{layer}} may not import '{{specifier}}' ({{what}}). It may import: {{allowed}}. {{why}}",
      noLayer: "src/{{layer}} has no allow-list in eslint.config.mjs: add one before adding code here.",
      outside: "'{{specifier}}' reaches outside src/: code in src/ imports only src/ and packages.",
    },
    schema: [
      {
        type: "object",
        properties: { layers: { type: "object" } },
        required: ["layers"],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { layers } = context.options[0];
    const srcRoot = path.join(context.cwd, "src");
    const fromSrc = path.relative(srcRoot, context.filename);
    if (fromSrc.startsWith("..") || path.isAbsolute(fromSrc)) return {};
    const layer = fromSrc.split(path.sep)[0];
    const rules = layers[layer];
    if (!rules) {
      return {
        Program(node) {
          context.report({ node, messageId: "noLayer", data: { layer } });
        },
      };
    }
    const folders = rules.folders ?? [];
    const files = rules.files ?? [];
    const packages = rules.packages ?? [];
    const allowedText = [
      `src/${layer}`,
      ...folders.map((f) => `src/${f}`),
      ...files.map((f) => `src/${f}`),
      ...packages,
      ...(rules.node ? ["Node's built-in modules"] : []),
    ].join(", ");

    function check(node, specifier) {
      if (specifier === null) return;
      const refuse = (what) =>
        context.report({ node, messageId: "refused", data: { layer, specifier, what, allowed: allowedText, why: rules.why ?? "" } });
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        const target = path.relative(srcRoot, path.resolve(path.dirname(context.filename), specifier));
        if (target.startsWith("..") || path.isAbsolute(target)) {
          context.report({ node, messageId: "outside", data: { specifier } });
          return;
        }
        const targetLayer = target.split(path.sep)[0];
        if (targetLayer === layer || folders.includes(targetLayer)) return;
        if (files.includes(modulePath(target))) return;
        refuse(`src/${targetLayer}`);
        return;
      }
      if (isNodeBuiltin(specifier)) {
        if (!rules.node) refuse("a Node built-in module");
        return;
      }
      if (!packageAllowed(packageName(specifier), packages)) refuse(`the package ${packageName(specifier)}`);
    }

    return {
      ImportDeclaration: (node) => check(node, literalSource(node.source)),
      ExportAllDeclaration: (node) => check(node, literalSource(node.source)),
      ExportNamedDeclaration: (node) => node.source && check(node, literalSource(node.source)),
      ImportExpression: (node) => check(node, literalSource(node.source)),
      TSImportType: (node) => check(node, literalSource(node.argument?.literal ?? node.argument)),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === "TSExternalModuleReference" && check(node, literalSource(node.moduleReference.expression)),
      CallExpression: (node) =>
        node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length === 1 && check(node, literalSource(node.arguments[0])),
    };
  },
};

module.exports = { rules: { "allowed-imports": allowedImports } };
