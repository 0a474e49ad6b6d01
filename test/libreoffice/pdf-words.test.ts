import { overlappingWords, type PdfPage, type PdfWord } from "./pdf-words";

const word = (text: string, x0: number, y0: number, x1: number, y1: number): PdfWord => ({ page: 1, text, x0, y0, x1, y1 });
const page = (...words: PdfWord[]): PdfPage => ({ number: 1, width: 842, height: 595, words });

describe("finding words drawn over words", () => {
  it("does not count the next line of a wrapped cell, whose box touches this one by a point", () => {
    expect(overlappingWords(page(word("Digital", 51, 87.8, 77.5, 98.3), word("supporting", 51, 97.3, 94.9, 107.8)))).toEqual([]);
  });

  it("does not count words side by side on one line", () => {
    expect(overlappingWords(page(word("Digital", 51, 87.8, 77.5, 98.3), word("information", 80.1, 87.8, 127.1, 98.3)))).toEqual([]);
  });

  it("counts a row's text drawn over the next row's, and text run into the next column", () => {
    const over = word("governance", 51.4, 67.6, 116.3, 81.9);
    const under = word("Information", 51.4, 69.7, 115.1, 84.0);
    const intoNext = word("technology", 180, 120, 240, 132);
    const neighbour = word("Supporting", 200, 120.5, 255, 132.5);
    expect(overlappingWords(page(over, under, intoNext, neighbour)).map(([a, b]) => [a.text, b.text])).toEqual([
      ["governance", "Information"],
      ["technology", "Supporting"],
    ]);
  });
});
