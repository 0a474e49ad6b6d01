/** The Actions view driven as a user would, against the strict office-js fake (no mocked workflows). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionsView } from "../../src/taskpane/ActionsView";
import { TODAY, connect, seedActionsWorkbook } from "../excel/actions-fixture";
import { uninstallFakeOffice, visibleRows } from "../office-fake";

afterEach(() => uninstallFakeOffice());

function statusCounts(values: readonly (readonly unknown[])[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of values.slice(1)) {
    const key = String(row[7] ?? "").trim().toLowerCase();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe("Actions view on the office-js fake", () => {
  it("shows the counts the table holds, filters without changing a value, and follows the user's edits", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    render(
      <FluentProvider theme={webLightTheme}>
        <ActionsView host={host} today={() => TODAY} />
      </FluentProvider>,
    );
    const user = userEvent.setup();

    const list = await screen.findByRole("list", { name: "Actions by status" });
    const direct = statusCounts(fake.valuesOf("Actions"));
    const shown = Object.fromEntries(
      within(list)
        .getAllByRole("listitem")
        .map((li) => {
          const [label, count] = Array.from(li.children).map((child) => child.textContent ?? "");
          return [label?.replace(/ \((closed|not in the list)\)$/, "").replace("No status", "").toLowerCase(), Number(count)];
        }),
    );
    expect(shown).toEqual(direct);
    expect(Object.keys(shown)).toHaveLength(6);

    const before = fake.allValues();
    fake.resetCounters();
    await user.click(screen.getByRole("button", { name: "All open" }));
    await screen.findByRole("status", { name: "Filter applied" });
    expect(fake.syncCount).toBe(1);
    expect(visibleRows(fake.model, "Actions")).toHaveLength(7);
    expect(fake.allValues()).toEqual(before);

    await act(() => fake.simulateUserEdit("Actions", "H2", [["Complete"]]));
    await waitFor(() => expect(screen.getByText("6 open")).toBeInTheDocument());
  });
});
