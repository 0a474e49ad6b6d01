import type { Locator, Page } from "playwright-core";

/**
 * Assertions about what a person sees in the preview's task pane, made on the laid-out page in a real
 * browser: where a control and its message are, whether anything else covers them, whether anything
 * runs past the pane's edges. The DOM alone cannot tell these (the Rate dropdown once passed every
 * DOM test while a white box covered the pane).
 */

/** Tolerance for sub-pixel rounding, in CSS pixels. */
const SLACK = 1;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

let assertions = 0;

/** How many geometry assertions this test file has made so far (for the notes). */
export function geometryAssertionCount(): number {
  return assertions;
}

function fail(message: string): never {
  throw new Error(message);
}

/** The pane's box as the user sees it: its visible area, borders excluded. */
export async function paneBox(page: Page): Promise<Box> {
  return page.getByTestId("task-pane").evaluate((pane) => {
    const r = pane.getBoundingClientRect();
    return { left: r.left + pane.clientLeft, top: r.top + pane.clientTop, right: r.left + pane.clientLeft + pane.clientWidth, bottom: r.top + pane.clientTop + pane.clientHeight };
  });
}

async function describeTarget(target: Locator): Promise<string> {
  return target.evaluate((el) => `<${el.tagName.toLowerCase()}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}"`);
}

/**
 * The element lies wholly inside the pane's visible area, and it is the topmost thing at its centre:
 * `document.elementFromPoint` there gives it or one of its children. Without `scroll`, the pane must
 * have put it in sight by itself (a message scrolled into view, a control still where it was clicked).
 */
export async function expectVisibleInPane(page: Page, target: Locator, options: { scroll?: boolean } = {}): Promise<void> {
  await target.waitFor({ state: "visible" });
  if (options.scroll === true) await target.scrollIntoViewIfNeeded();
  const pane = await paneBox(page);
  const box = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  assertions++;
  if (box.right - box.left <= 0 || box.bottom - box.top <= 0) fail(`${await describeTarget(target)} has no size on screen.`);
  if (box.left < pane.left - SLACK || box.right > pane.right + SLACK || box.top < pane.top - SLACK || box.bottom > pane.bottom + SLACK) {
    fail(`${await describeTarget(target)} at ${JSON.stringify(box)} is not inside the pane's visible area ${JSON.stringify(pane)}.`);
  }
  await expectTopmost(target);
}

/** `document.elementFromPoint` at the element's centre is the element or inside it: nothing covers it. */
export async function expectTopmost(target: Locator): Promise<void> {
  assertions++;
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const found = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (found !== null && (found === el || el.contains(found))) return null;
    return found === null ? "nothing" : `<${found.tagName.toLowerCase()} class="${found.className.toString().slice(0, 80)}"> "${(found.textContent ?? "").trim().slice(0, 60)}"`;
  });
  if (hit !== null) fail(`${await describeTarget(target)} is covered at its centre by ${hit}.`);
}

/**
 * Nothing in the pane (popups opened in it included) runs past its left or right edge, except inside
 * a box that scrolls sideways by itself, which must itself fit; and the pane never scrolls sideways.
 */
export async function expectNothingOverflowsPane(page: Page): Promise<void> {
  assertions++;
  const offenders = await page.getByTestId("task-pane").evaluate((pane, slack) => {
    const edge = pane.getBoundingClientRect();
    const left = edge.left + pane.clientLeft;
    const right = left + pane.clientWidth;
    const problems: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + slack) problems.push(`the pane scrolls sideways (${pane.scrollWidth} px of content in ${pane.clientWidth} px)`);
    const scrollsSideways = (el: Element) => {
      const overflowX = getComputedStyle(el).overflowX;
      return overflowX === "auto" || overflowX === "scroll";
    };
    const walk = (el: Element) => {
      // Fluent's focus manager (Tabster) parks 1-pixel focus guards at the window's corner on purpose;
      // they are never seen.
      if (el.hasAttribute("data-tabster-dummy")) return;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") return;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && (r.left < left - slack || r.right > right + slack)) {
        problems.push(`<${el.tagName.toLowerCase()}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 50)}" spans ${Math.round(r.left)}-${Math.round(r.right)} px, the pane ${Math.round(left)}-${Math.round(right)} px`);
        return; // its children would only repeat the same problem
      }
      if (el !== pane && scrollsSideways(el)) return; // what is inside scrolls; the box itself fits
      for (const child of Array.from(el.children)) walk(child);
    };
    for (const child of Array.from(pane.children)) walk(child);
    return problems.slice(0, 10);
  }, SLACK);
  if (offenders.length > 0) fail(`Content runs past the pane's edge:\n${offenders.join("\n")}`);
}

/** The workbook beside the pane is still in sight at its centre (an open popup does not cover it). */
export async function expectWorkbookVisible(page: Page): Promise<void> {
  assertions++;
  const covered = await page.getByRole("region", { name: /^Workbook:/ }).evaluate((region) => {
    const r = region.getBoundingClientRect();
    const found = document.elementFromPoint(r.left + Math.min(r.width / 2, 200), r.top + Math.min(r.height / 2, 150));
    return found !== null && region.contains(found) ? null : `${found?.tagName ?? "nothing"} "${(found?.textContent ?? "").trim().slice(0, 60)}"`;
  });
  if (covered !== null) fail(`The workbook view is covered by ${covered}.`);
}

/**
 * After a step: the control used and the message it produced are both in sight at once, without the
 * test scrolling (so the message appeared next to its control, or the pane scrolled to it), and
 * nothing spills out of the pane.
 */
export async function expectStepVisible(page: Page, control: Locator | null, message: Locator | null): Promise<void> {
  if (message !== null) await expectVisibleInPane(page, message);
  if (control !== null) await expectVisibleInPane(page, control);
  await expectNothingOverflowsPane(page);
}
