import type { Plan } from "../../src/core/plan";
import { splitPlan, stepBytes } from "../../src/core/plan-payload";

const rows = (n: number, text: string): string[][] => Array.from({ length: n }, (_, i) => [`${i}`, text]);

function plan(bodyRows: number, text = "x".repeat(100)): Plan {
  return {
    title: "Write",
    steps: [
      { kind: "addSheet", sheet: "S" },
      { kind: "addTable", sheet: "S", table: "T", address: `A3:B${3 + bodyRows}`, header: ["N", "Text"], rows: rows(bodyRows, text), style: "TableStyleMedium2", numberFormats: ["0", null] },
      { kind: "freezeRows", sheet: "S", rows: 2 },
    ],
  };
}

describe("splitting a plan under a request size", () => {
  it("keeps a plan that fits as it is", () => {
    const whole = plan(10);
    expect(splitPlan(whole, 1_000_000, 2)).toEqual({ ok: true, parts: [whole] });
  });

  it("cuts a large table between rows: the table with its first rows, then the rest appended below it with the same number formats", () => {
    const whole = plan(1000);
    const total = whole.steps.reduce((n, s) => n + stepBytes(s), 0);
    const split = splitPlan(whole, Math.ceil(total * 0.6), 2);
    if (!split.ok) throw new Error("expected two parts");
    expect(split.parts).toHaveLength(2);
    const [first, second] = split.parts;
    const table = first?.steps[1];
    const tail = second?.steps[0];
    if (table?.kind !== "addTable" || tail?.kind !== "appendTableRows") throw new Error("unexpected steps");
    const headRows = table.rows.length;
    expect(table.address).toBe(`A3:B${3 + headRows}`);
    expect(tail).toMatchObject({ table: "T", address: `A${4 + headRows}:B1003`, tableAddress: "A3:B1003", numberFormats: ["0", null] });
    expect([...table.rows, ...tail.rows]).toEqual(rows(1000, "x".repeat(100)));
    expect(second?.steps[1]).toEqual({ kind: "freezeRows", sheet: "S", rows: 2 });
    for (const part of split.parts) expect(part.steps.reduce((n, s) => n + stepBytes(s), 0)).toBeLessThanOrEqual(Math.ceil(total * 0.6));
  });

  it("refuses when even the allowed number of requests would not hold it", () => {
    const whole = plan(1000);
    const total = whole.steps.reduce((n, s) => n + stepBytes(s), 0);
    expect(splitPlan(whole, Math.ceil(total / 3), 2)).toEqual({ ok: false, bytes: total });
  });

  it("counts multi-byte characters and escapes as JSON in UTF-8 would", () => {
    const ascii = stepBytes({ kind: "setValues", sheet: "S", address: "A1", values: [["abc"]] });
    expect(stepBytes({ kind: "setValues", sheet: "S", address: "A1", values: [["a\u00e9c"]] })).toBe(ascii + 1);
    expect(stepBytes({ kind: "setValues", sheet: "S", address: "A1", values: [['a"c']] })).toBe(ascii + 1);
    expect(stepBytes({ kind: "setValues", sheet: "S", address: "A1", values: [["a\u20acc"]] })).toBe(ascii + 2);
  });
});
