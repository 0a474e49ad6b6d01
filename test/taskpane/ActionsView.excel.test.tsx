/** The Actions view driven as a user would, against the strict office-js fake (no mocked workflows). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionsView } from "../../src/taskpane/ActionsView";
import { TODAY, connect, countWriteSyncs, seedActionsWorkbook } from "../excel/actions-fixture";
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

  it("filters the list by owner with the table, and changes a picked action's status, update and due date in one write", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    render(
      <FluentProvider theme={webLightTheme}>
        <ActionsView host={host} today={() => TODAY} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    const list = await screen.findByRole("list", { name: "Actions shown" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(9);

    await user.selectOptions(screen.getByRole("combobox", { name: "Owner" }), "Jo Park");
    await screen.findByRole("status", { name: "Filter applied" });
    // "jo park" is the same owner to Excel's filter and to the list.
    expect(visibleRows(fake.model, "Actions").map((row) => fake.valuesOf("Actions")[row]?.[0])).toEqual(["A1", "A3", "A8"]);
    await waitFor(() => expect(within(list).getAllByRole("listitem").map((li) => li.textContent?.slice(0, 2))).toEqual(["A1", "A3", "A8"]));

    await user.click(within(list).getByRole("button", { name: /^A3:/ }));
    expect(screen.getByRole("combobox", { name: "New status" })).toHaveValue("Blocked");
    await user.selectOptions(screen.getByRole("combobox", { name: "New status" }), "In progress");
    await user.type(screen.getByRole("textbox", { name: "Update" }), "Two areas agreed");
    const syncs = countWriteSyncs(fake, host);
    await user.click(screen.getByRole("button", { name: "Change status" }));
    await screen.findByRole("status", { name: "Status changed" });
    expect(syncs.writes).toEqual([1]);
    expect(fake.cell("Actions", "H4").value).toBe("In progress");
    expect(fake.cell("Actions", "I4").value).toBe("Two areas agreed");
    // The due date was left alone, so its cell was not written: the two cells changed, nothing else.
    const written = fake.operations.filter((op) => op.kind === "setValues").map((op) => (op as { address?: string }).address);
    expect(written).toEqual(["H4", "I4"]);
  });
});
