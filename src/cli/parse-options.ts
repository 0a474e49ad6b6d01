import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommand<O extends Options> {
  readonly values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };
  readonly positionals: readonly string[];
}

/**
 * Strict option parsing for one command: unknown options, missing values and extra arguments are
 * refused with a sentence naming the command's --help.
 */
export function parseOptions<O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
  positionals: { readonly min: number; readonly max: number; readonly names: string },
): ParsedCommand<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliError(`${command}: ${detail?.replace(/\. To specify a positional argument.*$/, "")} (see rating-matrix ${command} --help)`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new CliError(`${command}: missing ${positionals.names} (see rating-matrix ${command} --help)`);
  if (count > positionals.max) {
    throw new CliError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}" (see rating-matrix ${command} --help)`);
  }
  return parsed as unknown as ParsedCommand<O>;
}

/** "IMA 2015, Review 2017" as ["IMA 2015", "Review 2017"]. */
export function commaList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
