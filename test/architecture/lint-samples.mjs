// Lints source samples as if they sat at the given paths, outside jest (ESLint loads its config
// with a dynamic import that jest's module sandbox does not allow). Reads [{code, filePath}] on
// stdin, prints the rule ids each sample broke, as JSON.
import { ESLint } from "eslint";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const eslint = new ESLint({ cwd: root });
let input = "";
for await (const chunk of process.stdin) input += chunk;
const samples = JSON.parse(input);
const results = [];
for (const { code, filePath } of samples) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  results.push(result.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(results));
