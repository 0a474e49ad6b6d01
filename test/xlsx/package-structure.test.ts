import { tableRefProblem, xmlProblem } from "../../src/xlsx/package-structure";

describe("the package's XML and table ranges, checked before exceljs reads them", () => {
  it.each([
    ['<?xml version="1.0"?><a x="1>2"><b/><!-- <c> --><![CDATA[<d>]]></a>', null],
    ["<a><b></a>", "</a> closes an element that is not open"],
    ["<a><b/>", "<a> is not closed (the part may be cut short)"],
    ["<a/><b/>", "it has more than one root element"],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', "it declares a DTD, which no workbook part has"],
    ["<a", "a tag is not closed"],
    ["just text", "it holds no XML element"],
  ])("%j: %s", (xml, problem) => {
    expect(xmlProblem(xml)).toBe(problem);
  });

  it("accepts ranges inside the sheet and names the ones outside it", () => {
    expect(tableRefProblem("A1:XFD1048576")).toBeNull();
    expect(tableRefProblem("$B$2:$F$11")).toBeNull();
    expect(tableRefProblem("A1:XFE1")).toMatch(/runs past the edge/);
    expect(tableRefProblem("A1:B1048577")).toMatch(/runs past the edge/);
    expect(tableRefProblem("B2:A1")).toMatch(/is not a range of cells/);
    expect(tableRefProblem("Sheet1!A1")).toMatch(/is not a range of cells/);
  });
});
