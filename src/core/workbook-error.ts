/**
 * A failure a host has already put into words for the user ("The sheet is protected..."). Hosts
 * throw it; the task pane and command line show its message as it is.
 */
export class WorkbookError extends Error {
  constructor(
    message: string,
    /** The host's own error code, e.g. an OfficeExtension.Error code, for logs and tests. */
    readonly code: string = "",
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
