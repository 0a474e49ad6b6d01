import type { Framework } from "../core/framework";
import { FRAMEWORK_PRESETS } from "../core/framework-presets";
import { labelKey } from "../core/label-key";
import type { RatingScale } from "../core/rating-scale";
import { SCALE_PRESETS } from "../core/scale-presets";
import { CliError } from "./cli-error";

/** A built-in framework by its id ("ima-2015") or name, ignoring case. */
export function frameworkNamed(name: string): Framework {
  const found = FRAMEWORK_PRESETS.find((f) => labelKey(f.id) === labelKey(name) || labelKey(f.name) === labelKey(name));
  if (!found) throw new CliError(`init: unknown framework "${name}"; choose one of: ${FRAMEWORK_PRESETS.map((f) => f.id).join(", ")}`);
  return found;
}

/** A built-in scale by its id ("rag-3") or name, ignoring case. */
export function scaleNamed(name: string): RatingScale {
  const found = SCALE_PRESETS.find((s) => labelKey(s.id) === labelKey(name) || labelKey(s.name) === labelKey(name));
  if (!found) throw new CliError(`init: unknown scale "${name}"; choose one of: ${SCALE_PRESETS.map((s) => s.id).join(", ")}`);
  return found;
}

export function presetList(): string {
  return [
    "Frameworks:",
    ...FRAMEWORK_PRESETS.map((f) => `  ${f.id.padEnd(10)} ${f.name}`),
    "Scales:",
    ...SCALE_PRESETS.map((s) => `  ${s.id.padEnd(10)} ${s.name}: ${s.levels.map((l) => l.label).join(" < ")}`),
  ].join("\n");
}
