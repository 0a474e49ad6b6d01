/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from "node:v8";
import { connectToExcel } from "../../src/excel/connect";
import { runSelfTest, SELF_TEST_CASES } from "../../src/excel/self-test/run-self-test";
import { mountSelfTestPage } from "../../src/selftest/self-test-page";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";

// The self-test page, in jsdom, running the real cases on the office-js fake.
// jsdom's window lacks Node's structuredClone, which the fake uses to copy rules it hands out.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
afterEach(() => {
  uninstallFakeOffice();
  document.body.replaceChildren();
});

function page(copy: (text: string) => Promise<void> = () => Promise.resolve()) {
  const root = document.createElement("main");
  document.body.append(root);
  const mounted = mountSelfTestPage(root, { connect: () => connectToExcel(1_000), run: (onResult) => runSelfTest(SELF_TEST_CASES, onResult), copy });
  return { root, mounted };
}

const button = (root: HTMLElement, name: string) => [...root.querySelectorAll("button")].find((b) => b.textContent === name);

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the page");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the self-test page", () => {
  it("runs every case, shows pass or fail for each, and gives a report to copy", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const copied: string[] = [];
    const { root, mounted } = page(async (text) => {
      copied.push(text);
    });
    await mounted;
    button(root, "Run the self-test")?.click();
    await until(() => root.querySelector("textarea") !== null);
    const items = [...root.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(items).toHaveLength(SELF_TEST_CASES.length);
    expect(items.filter((text) => !text.startsWith("Pass"))).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe("Finished: nothing differs from what Rating Matrix assumes.");
    const report = root.querySelector("textarea")?.value ?? "";
    expect(report).toContain(`Result: ${SELF_TEST_CASES.length} passed, 0 failed`);
    button(root, "Copy report")?.click();
    await until(() => copied.length === 1);
    expect(copied[0]).toBe(report);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  }, 30_000);

  it("says it runs only inside Excel when there is no Excel, and offers no button", async () => {
    const { root, mounted } = page();
    await mounted;
    expect(root.textContent).toContain("The self-test runs only inside Excel.");
    expect(button(root, "Run the self-test")).toBeUndefined();
  });
});
