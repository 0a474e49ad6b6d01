import { connectToExcel, type Connection } from "../excel/connect";
import { reportText, runSelfTest, SELF_TEST_CASES, type CaseResult, type SelfTestReport } from "../excel/self-test/run-self-test";

export interface SelfTestPageDeps {
  readonly connect: () => Promise<Connection>;
  readonly run: (onResult: (result: CaseResult, index: number) => void) => Promise<SelfTestReport>;
  readonly copy: (text: string) => Promise<void>;
}

const DEFAULT_DEPS: SelfTestPageDeps = {
  connect: () => connectToExcel(),
  run: (onResult) => runSelfTest(SELF_TEST_CASES, onResult),
  copy: (text) => navigator.clipboard.writeText(text),
};

const LABEL: Record<CaseResult["status"], string> = { pass: "Pass", fail: "Fail", error: "Error", "not run": "Not run" };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * The self-test page: runs the office-js cases in this Excel, shows pass or fail per case as each
 * finishes, and gives the report as text to copy and send. Plain DOM: it loads in a moment.
 */
export async function mountSelfTestPage(root: HTMLElement, deps: SelfTestPageDeps = DEFAULT_DEPS): Promise<void> {
  root.replaceChildren(
    element("h1", "Rating Matrix self-test"),
    element(
      "p",
      `Checks ${SELF_TEST_CASES.length} things Rating Matrix assumes about how Excel behaves. Each check works on a new sheet of its own and removes it afterwards; your sheets are not changed. Use a new, empty workbook all the same. It takes under a minute.`,
    ),
  );
  const status = element("p", "Connecting to Excel…", { role: "status" });
  root.append(status);
  const connection = await deps.connect();
  if (connection.host === null) {
    status.textContent = `${connection.reason ?? "Not connected to Excel."} The self-test runs only inside Excel.`;
    return;
  }
  const runButton = element("button", "Run the self-test", { type: "button", class: "primary" });
  const list = element("ol", undefined, { "aria-label": "Results" });
  root.append(runButton, list);
  status.textContent = "Ready.";
  let running = false;
  runButton.addEventListener("click", () => {
    if (running) return;
    running = true;
    runButton.setAttribute("aria-disabled", "true");
    list.replaceChildren();
    root.querySelector("#report")?.remove();
    status.textContent = "Running…";
    void deps
      .run((result, index) => {
        status.textContent = `Running… ${index + 1} of ${SELF_TEST_CASES.length} done.`;
        list.append(resultItem(result));
      })
      .then((report) => {
        const failed = report.results.filter((r) => r.status === "fail" || r.status === "error").length;
        status.textContent = failed === 0 ? "Finished: nothing differs from what Rating Matrix assumes." : `Finished: ${failed} ${failed === 1 ? "check differs" : "checks differ"} from what Rating Matrix assumes.`;
        root.append(reportSection(report, deps.copy));
      })
      .catch((error: unknown) => {
        status.textContent = `The self-test stopped: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        running = false;
        runButton.removeAttribute("aria-disabled");
      });
  });
}

function resultItem(result: CaseResult): HTMLLIElement {
  const item = element("li");
  const label = element("span", LABEL[result.status], { class: `status ${result.status.replace(" ", "-")}` });
  item.append(label, element("strong", result.id), document.createTextNode(` — ${result.observed}`));
  return item;
}

function reportSection(report: SelfTestReport, copy: SelfTestPageDeps["copy"]): HTMLElement {
  const section = element("section", undefined, { id: "report", "aria-labelledby": "report-heading" });
  const text = reportText(report);
  const area = element("textarea", undefined, { readonly: "", "aria-labelledby": "report-heading", rows: "14" });
  area.value = text;
  const copyButton = element("button", "Copy report", { type: "button" });
  const copied = element("p", "", { role: "status" });
  copyButton.addEventListener("click", () => {
    copy(text).then(
      () => {
        copied.textContent = "Copied. Paste it into your message.";
      },
      () => {
        area.select();
        copied.textContent = "Copying was not allowed here: the report is selected, press Ctrl+C (Cmd+C on a Mac).";
      },
    );
  });
  section.append(
    element("h2", "Report", { id: "report-heading" }),
    element("p", "Send this report to whoever gave you Rating Matrix (README.md, \"Self-test in Excel\", says where), with a word on which Excel you use."),
    copyButton,
    copied,
    area,
  );
  return section;
}
