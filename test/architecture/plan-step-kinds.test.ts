import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// A new kind of plan step must fail the type check wherever code decides what a step does: in both
// hosts, in the core's skip policy (which decides the Excel host's unsupported() and the .xlsx
// host's skips) and in the request size estimate (stepBytes). This type-checks those files with
// src/core/plan.ts given one more kind, in memory, with the TypeScript compiler the project uses.
const ROOT = path.resolve(__dirname, "../..");
const PLAN = path.join(ROOT, "src/core/plan.ts");
const KNOWN = ["src/excel/apply-plan.ts", "src/xlsx/apply-xlsx-plan.ts", "src/core/skip-policy.ts", "src/core/plan-payload.ts"];

/** Every source file with a `switch (step.kind)`: each must handle every kind, so each is checked. */
function switchSites(): string[] {
  const files = (readdirSync(path.join(ROOT, "src"), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
  return files
    .filter((f) => readFileSync(path.join(ROOT, "src", f), "utf8").includes("switch (step.kind)"))
    .map((f) => `src/${f.split(path.sep).join("/")}`)
    .sort();
}
const DECIDERS = [...new Set([...KNOWN, ...switchSites()])];
const LAST_KIND = "  | CellStyleStep;";
const NEW_KIND = '  | CellStyleStep\n  | { readonly kind: "sparkle"; readonly sheet: string };';

function options(): ts.CompilerOptions {
  const read = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT);
  // office-js for the Excel host; jest's and Node's typings are not needed here.
  return { ...parsed.options, types: ["office-js"], noEmit: true, incremental: false };
}

/** Type errors in each decider, with plan.ts's text changed by `edit`. */
function errorsWith(edit: (planText: string) => string): { errors: Map<string, string[]> } {
  const compilerOptions = options();
  const host = ts.createCompilerHost(compilerOptions, true);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    return text !== undefined && path.resolve(file) === PLAN ? edit(text) : text;
  };
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, shouldCreate) =>
    path.resolve(file) === PLAN ? ts.createSourceFile(file, edit(ts.sys.readFile(file) ?? ""), language, true) : getSourceFile(file, language, onError, shouldCreate);
  const program = ts.createProgram({ rootNames: DECIDERS.map((f) => path.join(ROOT, f)), options: compilerOptions, host });
  const errors = new Map<string, string[]>();
  for (const file of DECIDERS) {
    const source = program.getSourceFile(path.join(ROOT, file));
    if (!source) throw new Error(`${file} was not in the program`);
    errors.set(
      file,
      program.getSemanticDiagnostics(source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    );
  }
  return { errors };
}

describe("plan step kinds", () => {
  it("the marker this test edits is still the last kind of PlanStep", () => {
    expect(ts.sys.readFile(PLAN)).toContain(`${LAST_KIND}\n`);
  });

  it("finds the switches on a step's kind it checks", () => {
    expect(switchSites()).toEqual(expect.arrayContaining(KNOWN));
  });

  it("a new kind of step fails the type check in both hosts, the skip policy and the request size estimate", () => {
    // Exactly one error per file, naming the new kind: a file with errors of its own fails here too.
    const added = errorsWith((text) => text.replace(`${LAST_KIND}\n`, `${NEW_KIND}\n`));
    for (const file of DECIDERS) {
      const errors = added.errors.get(file) ?? [];
      expect({ file, errors }).toEqual({ file, errors: [expect.stringContaining('"sparkle"')] });
    }
  }, 120_000);
});
