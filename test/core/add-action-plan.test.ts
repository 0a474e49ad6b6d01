import { nextRef } from "../../src/core/add-action-plan";

describe("nextRef", () => {
  it("follows the highest numbered reference, keeping its prefix and width", () => {
    expect(nextRef(["A1", "A2", "A10", "A9"])).toBe("A11");
    expect(nextRef(["NS-007", "NS-003"])).toBe("NS-008");
    expect(nextRef(["1", "2", "Note"])).toBe("3");
  });

  it("starts at A1 when no reference ends in a number", () => {
    expect(nextRef([])).toBe("A1");
    expect(nextRef(["", "n/a"])).toBe("A1");
  });
});
