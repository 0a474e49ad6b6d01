import type { CliIo } from "./cli-io";

/** One `rating-matrix` command: its own file under commands/, its own --help. */
export interface Command {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: string;
  /** The full --help text of the command. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
