import { addTable, errorCode, type SelfTestCase } from "./self-test-case";

const LOW_FILL = "#FFC7CE";

export const TABLE_CASES: readonly SelfTestCase[] = [
  {
    id: "column-header-stays-text",
    assumption: 'table.columns.add(index, undefined, name) writes name as literal text: a round called "=Review 2026" is not turned into a formula.',
    needs: "1.4",
    run: async (scratch) => {
      const table = addTable(scratch, "A1:B2", ["Theme", "Area"], [["Value", "Assets"]], scratch.name("Header"));
      table.columns.add(1, undefined, "=Review 2026");
      const header = table.getHeaderRowRange();
      header.load("values");
      await scratch.context.sync();
      const values = header.values[0] ?? [];
      return { pass: values[1] === "=Review 2026", observed: `header row reads ${JSON.stringify(values)}; expected "=Review 2026" as text in the second column` };
    },
  },
  {
    id: "table-growth-keeps-rules",
    assumption: "Writing a row just below a table grows the table, and the dropdown and colour rule on a whole table column reach the new row.",
    run: async (scratch) => {
      const table = addTable(scratch, "A1:B3", ["Area", "Rating"], [["a", "Low"], ["b", "High"]], scratch.name("Growth"));
      const body = table.columns.getItem("Rating").getDataBodyRange();
      body.dataValidation.rule = { list: { inCellDropDown: true, source: "Low,High" } };
      const rule = body.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      rule.cellValue.format.fill.color = LOW_FILL;
      rule.cellValue.rule = { formula1: '="Low"', operator: "EqualTo" };
      await scratch.context.sync();
      scratch.sheet.getRange("A4:B4").values = [["c", "Low"]];
      await scratch.context.sync();
      const tableRange = table.getRange();
      tableRange.load("address");
      const grown = scratch.sheet.getRange("B4");
      grown.dataValidation.load("type");
      const rules = grown.conditionalFormats.getCount();
      await scratch.context.sync();
      const address = tableRange.address.split("!").pop() ?? "";
      const pass = address === "A1:B4" && grown.dataValidation.type === "List" && rules.value === 1;
      return {
        pass,
        observed: `table now ${address}, B4's validation ${grown.dataValidation.type}, colour rules on B4: ${rules.value}; expected A1:B4, List, 1`,
      };
    },
  },
  {
    id: "rule-priority-sheet-index",
    assumption: "A conditional format's priority is its index among all the sheet's rules, not only those over the same cells; add() puts a rule first.",
    run: async (scratch) => {
      const add = (address: string, text: string) => {
        const rule = scratch.sheet.getRange(address).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
        rule.cellValue.format.fill.color = LOW_FILL;
        rule.cellValue.rule = { formula1: `="${text}"`, operator: "EqualTo" };
        return rule;
      };
      const first = add("D2", "x");
      const second = add("B2", "y");
      first.load("priority");
      second.load("priority");
      await scratch.context.sync();
      const added = [first.priority, second.priority];
      first.priority = 0;
      first.load("priority");
      second.load("priority");
      await scratch.context.sync();
      const moved = [first.priority, second.priority];
      return {
        pass: added[0] === 1 && added[1] === 0 && moved[0] === 0 && moved[1] === 1,
        observed: `after adding D2's rule then B2's: priorities ${added.join(", ")} (expected 1, 0); after setting D2's to 0: ${moved.join(", ")} (expected 0, 1)`,
      };
    },
  },
  {
    id: "insert-table-column-shift",
    assumption: "Inserting a table column shifts right only the cells in the table's rows (a note right of the table moves, one below it stays); the new column is blank.",
    needs: "1.4",
    run: async (scratch) => {
      const table = addTable(scratch, "A1:B3", ["Theme", "Round 1"], [["a", "Low"], ["b", "High"]], scratch.name("Shift"));
      scratch.sheet.getRange("C2").values = [["note beside"]];
      scratch.sheet.getRange("C5").values = [["note below"]];
      table.columns.add(1, undefined, "Round 0");
      const cells = scratch.sheet.getRange("A1:D5");
      cells.load("values");
      const tableRange = table.getRange();
      tableRange.load("address");
      await scratch.context.sync();
      const at = (row: number, column: number) => cells.values[row]?.[column];
      const address = tableRange.address.split("!").pop() ?? "";
      const pass = address === "A1:C3" && at(1, 3) === "note beside" && at(1, 2) === "Low" && at(4, 2) === "note below" && at(1, 1) === "";
      return {
        pass,
        observed: `table ${address}; B2 ${JSON.stringify(at(1, 1))}, C2 ${JSON.stringify(at(1, 2))}, D2 ${JSON.stringify(at(1, 3))}, C5 ${JSON.stringify(at(4, 2))}; expected A1:C3, "", "Low", "note beside", "note below"`,
      };
    },
  },
  {
    id: "named-structured-list-source",
    assumption: 'A defined name over a structured reference ("=Levels[Level]") works as a dropdown source and follows the table as it grows.',
    needs: "1.8",
    run: async (scratch) => {
      const tableName = scratch.name("Levels");
      const listName = scratch.name("LevelList");
      addTable(scratch, "A1:A3", ["Level"], [["Low"], ["High"]], tableName);
      scratch.context.workbook.names.add(listName, `=${tableName}[Level]`);
      scratch.addedName(listName);
      const cell = scratch.sheet.getRange("C2");
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: `=${listName}` } };
      await scratch.context.sync();
      scratch.sheet.getRange("A4").values = [["Medium"]];
      const named = scratch.context.workbook.names.getItem(listName).getRange();
      named.load("address");
      cell.dataValidation.load("rule");
      await scratch.context.sync();
      const source = cell.dataValidation.rule.list?.source;
      const address = named.address.split("!").pop() ?? "";
      return {
        pass: source === `=${listName}` && address === "A2:A4",
        observed: `dropdown source ${JSON.stringify(source)}, the name covers ${address} after a row was added; expected "=${listName}" and A2:A4`,
      };
    },
  },
  {
    id: "duplicate-table-name",
    assumption: 'Naming a table with a name another table has fails with the code "ItemAlreadyExists" (the add-in words that error for the user).',
    run: async (scratch) => {
      const name = scratch.name("Twice");
      addTable(scratch, "A1:A2", ["One"], [["x"]], name);
      await scratch.context.sync();
      try {
        addTable(scratch, "C1:C2", ["Two"], [["y"]], name);
        await scratch.context.sync();
        return { pass: false, observed: "the second table took the same name without an error" };
      } catch (error) {
        const code = errorCode(error);
        return { pass: code === "ItemAlreadyExists", observed: `error code ${code}; expected ItemAlreadyExists` };
      }
    },
  },
];
