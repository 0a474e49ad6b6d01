import type { WorkbookHost } from "../../src/core/workbook-host";

/** A host the mocked workflows receive but never use; touching it fails the test loudly. */
export const dummyHost: WorkbookHost = {
  capabilities: { dataValidation: true, dataValidationNote: "", filters: true, filtersNote: "" },
  read: () => Promise.reject(new Error("The dummy host cannot read; mock the workflows instead.")),
  apply: () => Promise.reject(new Error("The dummy host cannot apply plans; mock the workflows instead.")),
  select: () => Promise.reject(new Error("The dummy host cannot select; mock the workflows instead.")),
  watch: () => Promise.resolve(null),
};

/** A promise the test settles by hand, to look at the pane while work is under way. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
