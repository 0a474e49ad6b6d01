import { documentText, pageLines, type PositionedText } from "../../src/pdf/text-lines";

function run(str: string, x: number, y: number, width = str.length * 5, size = 10): PositionedText {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}

describe("rebuilding lines from positioned text", () => {
  it("puts runs on the same baseline on one line, left to right, whatever order they come in", () => {
    const lines = pageLines([run("Satisfactory", 300, 700), run("Oversight of records and", 50, 700.5), run("selection", 50, 688)]);
    expect(lines).toEqual(["Oversight of records and Satisfactory", "selection"]);
  });

  it("adds a space only where a gap shows one", () => {
    expect(pageLines([run("informa", 50, 700, 35), run("tion", 85, 700, 20), run("asset", 110, 700, 25)])).toEqual(["information asset"]);
  });

  it("reads lines top to bottom and turns a wide vertical gap into a blank line", () => {
    expect(pageLines([run("third", 50, 640), run("first", 50, 700), run("second", 50, 688)])).toEqual(["first", "second", "", "third"]);
  });

  it("ignores empty runs and separates pages with a blank line", () => {
    const empty: PositionedText = { str: "", transform: [10, 0, 0, 10, 0, 0], width: 0, height: 0 };
    expect(documentText([[run("page one", 50, 700), empty], [run("page two", 50, 700)]])).toBe("page one\n\npage two");
  });
});
