import { parseDefinedNames, withDefinedNames } from "../../src/xlsx/xlsx-package";

const WORKBOOK = `<workbook><sheets><sheet name="Ratings" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Ratings!$A$1:$E$11</definedName><definedName name="RatingLevels" comment="Levels &amp; more">RatingScale[Level]</definedName><definedName name="Local" localSheetId="0">Ratings!$B$2</definedName></definedNames><calcPr/></workbook>`;

describe("defined names kept beside exceljs", () => {
  it("reads formula names and sheet-scoped names, leaving print areas to exceljs", () => {
    expect(parseDefinedNames(WORKBOOK)).toEqual([
      { name: "RatingLevels", formula: "=RatingScale[Level]", comment: "Levels & more", localSheetId: null },
      { name: "Local", formula: "=Ratings!$B$2", comment: "", localSheetId: 0 },
    ]);
  });

  it("writes them back beside the names exceljs wrote, escaped, and reads the same names again", () => {
    const names = parseDefinedNames(WORKBOOK);
    const exceljsOutput = `<workbook><sheets><sheet name="Ratings"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Ratings!$A$1:$E$11</definedName></definedNames></workbook>`;
    const written = withDefinedNames(exceljsOutput, names);
    expect(written).toContain('<definedName name="RatingLevels" comment="Levels &amp; more">RatingScale[Level]</definedName>');
    expect(written).toContain("_xlnm.Print_Area");
    expect(parseDefinedNames(written)).toEqual(names);
  });

  it("adds a definedNames element after the sheets when exceljs wrote none", () => {
    const written = withDefinedNames("<workbook><sheets></sheets><calcPr/></workbook>", [{ name: "A_B", formula: "=T[C]", comment: "", localSheetId: null }]);
    expect(written).toBe('<workbook><sheets></sheets><definedNames><definedName name="A_B">T[C]</definedName></definedNames><calcPr/></workbook>');
  });
});
