/** The Summary view driven as a user would, against ExcelWorkbookHost on the office-js fake. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { SummaryView } from "../../src/taskpane/SummaryView";
import { HOME_OFFICE_2017, ACTION_HEADER, actionRows, ratingsRows } from "../fixtures/review-seeds";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";

afterEach(() => uninstallFakeOffice());

it("generates the Home Office summary, asks before replacing it, and goes to the sheet", async () => {
  const fake = createFakeExcel();
  installFakeOffice(fake);
  fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", ...HOME_OFFICE_2017.rounds, "Notes"], ratingsRows(HOME_OFFICE_2017));
  fake.seedTable("Actions", "Actions", "A1", [...ACTION_HEADER], actionRows(HOME_OFFICE_2017));
  const host = new ExcelWorkbookHost(detectCapabilities());
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryView host={host} today={() => "2026-11-22"} />
    </FluentProvider>,
  );
  await user.click(await screen.findByRole("button", { name: "Generate summary" }));
  expect(await screen.findByRole("status", { name: "Summary written" })).toHaveTextContent("5 areas improved, none declined and 5 are unchanged since IMA 2015");
  expect(fake.sheetNames()).toContain("Next steps 2026-11-22");

  await user.click(screen.getByRole("button", { name: "Generate summary" }));
  await user.click(await screen.findByRole("button", { name: "Replace the sheet" }));
  expect(await screen.findByRole("status", { name: "Summary written" })).toHaveTextContent('Replaced the sheet "Next steps 2026-11-22"');
  expect(fake.sheetNames().filter((s) => s.startsWith("Next steps"))).toEqual(["Next steps 2026-11-22"]);

  await user.click(screen.getByRole("button", { name: "Go to “Next steps 2026-11-22”" }));
  expect(fake.selection).toEqual({ sheet: "Next steps 2026-11-22", address: "A1" });
});
