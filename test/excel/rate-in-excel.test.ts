import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { rateArea } from "../../src/workflows/rate-area";
import { uninstallFakeOffice } from "../office-fake";
import { changedCells, frameworkOf, ratedWorkbook } from "./rated-workbook";

afterEach(() => uninstallFakeOffice());

describe("Rating one area in Excel", () => {
  const asset = { round: "Review 2017", theme: "The value of information", area: "Managing information as an asset" };

  it("writes the canonical label into exactly one cell, in one write sync", async () => {
    const { fake, host } = await ratedWorkbook();
    const before = fake.allValues();
    const result = await rateArea(host, { ...asset, level: "satisfactory", expected: "" });
    expect(result).toEqual({ ok: true, message: `"Managing information as an asset" is rated Satisfactory for Review 2017 (Ratings!D3).`, notices: [] });
    expect(changedCells(before, fake.allValues())).toEqual(["Ratings!D3"]);
    expect(fake.cell("Ratings", "D3")).toMatchObject({ value: "Satisfactory", formula: null });
    expect(host.writeSyncs).toBe(1);
    expect(host.readSyncs).toBeLessThanOrEqual(2);
    expect(fake.operations).toEqual([{ kind: "setValues", sheet: "Ratings", address: "D3" }]);
  });

  it("replaces an alias with the canonical label and can clear a rating", async () => {
    const { fake, host } = await ratedWorkbook();
    const before = fake.allValues();
    const first = { ...asset, round: "IMA 2015" };
    expect((await rateArea(host, { ...first, level: "Progressing towards satisfactory" })).ok).toBe(true);
    expect(fake.cell("Ratings", "C3").value).toBe("Progressing to satisfactory");
    expect((await rateArea(host, { ...first, level: null })).ok).toBe(true);
    expect(fake.cell("Ratings", "C3").value).toBe("");
    expect(changedCells(before, fake.allValues())).toEqual(["Ratings!C3"]);
  });

  it("writes nothing when the cell already holds the label", async () => {
    const { fake, host } = await ratedWorkbook();
    const result = await rateArea(host, { ...asset, round: "IMA 2015", theme: "the value of information", area: "communicating and realising value", level: "Satisfactory" });
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("already") });
    expect(host.writeSyncs).toBe(0);
    expect(fake.operations).toEqual([]);
  });

  it("writes a level that starts with = as literal text", async () => {
    const scale = { ...DEFAULT_SCALE, levels: DEFAULT_SCALE.levels.map((l, i) => (i === 0 ? { ...l, label: "=Low" } : l)) };
    const { fake, host } = await ratedWorkbook({ scale });
    expect((await rateArea(host, { ...asset, level: "=low" })).ok).toBe(true);
    expect(fake.cell("Ratings", "D3")).toMatchObject({ value: "=Low", formula: null });
  });

  it("refuses, writing nothing, when the cell changed since the list was shown", async () => {
    const { fake, host } = await ratedWorkbook();
    await fake.simulateUserEdit("Ratings", "D3", [["Good practice"]]);
    const before = fake.allValues();
    const result = await rateArea(host, { ...asset, level: "Satisfactory", expected: "" });
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining('Ratings!D3 changed since the list was shown: it now holds "Good practice"')] });
    expect(fake.operations).toEqual([]);
    expect(fake.allValues()).toEqual(before);
  });

  it.each([
    ["a level not on the scale", { ...asset, level: "Excellent" }, '"Excellent" is not on the rating scale'],
    ["an unknown round", { ...asset, round: "Review 2030", level: "Satisfactory" }, 'no longer has a round called "Review 2030"'],
    ["an unknown area", { ...asset, area: "Nowhere", level: "Satisfactory" }, 'The area "Nowhere"'],
  ])("refuses %s, writing nothing", async (_name, choice, message) => {
    const { fake, host } = await ratedWorkbook();
    const result = await rateArea(host, choice);
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining(message)] });
    expect(fake.operations).toEqual([]);
  });

  it("refuses an area that appears twice, naming the rows", async () => {
    const { fake, host } = await ratedWorkbook();
    fake.seedSheet("Ratings", [[], [], [], ["The value of information", "Managing information as an asset"]]);
    const result = await rateArea(host, { ...asset, level: "Satisfactory" });
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining("appears 2 times in the Ratings table (rows 3, 4)")] });
    expect(fake.operations).toEqual([]);
  });

  it.each([10, 1000])("costs the same syncs for %i areas", async (areas) => {
    const { fake, host } = await ratedWorkbook({ framework: frameworkOf(areas) });
    const before = fake.allValues();
    const result = await rateArea(host, { round: "Review 2017", theme: `Theme ${Math.ceil(areas / 10)}`, area: `Area ${areas}`, level: "Good practice" });
    expect(result.ok).toBe(true);
    expect([host.readSyncs, host.writeSyncs]).toEqual([2, 1]);
    expect(changedCells(before, fake.allValues())).toEqual([`Ratings!D${areas + 1}`]);
  });
});
