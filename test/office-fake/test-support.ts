/** Shared set-up for the fake's own tests. */
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type FakeExcel, type FakeExcelOptions } from "./index";
import { FakeOfficeError } from "./errors";

/** A fresh fake, installed as the Office globals for the duration of each test. */
export function useFakeExcel(options?: FakeExcelOptions): () => FakeExcel {
  let fake: FakeExcel | undefined;
  beforeEach(() => {
    fake = createFakeExcel(options);
    installFakeOffice(fake);
  });
  afterEach(() => {
    uninstallFakeOffice();
    fake = undefined;
  });
  return () => {
    if (!fake) throw new Error("useFakeExcel: no fake outside a test");
    return fake;
  };
}

/** The FakeOfficeError a promise rejects with (fails the test if it resolves or rejects otherwise). */
export async function officeError(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error("Expected the promise to reject with an OfficeExtension-style error, but it resolved.");
}

/** The FakeOfficeError a synchronous call throws. */
export function thrownOfficeError(action: () => unknown): FakeOfficeError {
  try {
    action();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error("Expected an OfficeExtension-style error, but nothing was thrown.");
}
