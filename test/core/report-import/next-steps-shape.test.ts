import { parseReview } from "../../../src/core/report-import/parse-review";

// A small review around the list under test: one rating table, then the Next steps section.
function nextSteps(listLines: readonly string[]): string[] {
  const text = [
    "Keeping information",
    "Performance rating",
    "Knowing what you hold",
    "IMA 2016",
    "Satisfactory",
    "A line of prose long enough to end the table here, as in any review.",
    "Next steps",
    "The department should focus on the following:",
    ...listLines,
  ].join("\n");
  const parsed = parseReview(text);
  if (parsed.kind !== "review") throw new Error(parsed.message);
  return parsed.review.nextSteps.map((s) => s.text);
}

describe("next steps whose continuation lines start with a capital letter", () => {
  it("keeps a line opening with a product name in the item above when every item ends a sentence", () => {
    expect(
      nextSteps([
        "Agree who looks after the records that teams keep",
        "Microsoft Teams sites, and review that choice every year.",
        "Write down how long each kind of record is kept and who may destroy it.",
        "Move the files that remain on the old shared drive to the",
        "SharePoint libraries before the drive is switched off next spring.",
      ]),
    ).toEqual([
      "Agree who looks after the records that teams keep Microsoft Teams sites, and review that choice every year.",
      "Write down how long each kind of record is kept and who may destroy it.",
      "Move the files that remain on the old shared drive to the SharePoint libraries before the drive is switched off next spring.",
    ]);
  });

  it("follows the bullets where the PDF kept them, even when items end without a full stop", () => {
    expect(
      nextSteps([
        "\u2022 Set a date for moving the project files kept",
        "Google Drive into the managed store",
        "\u2022 Train the records team",
        "\u2022 Publish the retention schedule on the staff intranet pages where",
        "Human Resources keep their own guidance",
      ]),
    ).toEqual([
      "Set a date for moving the project files kept Google Drive into the managed store",
      "Train the records team",
      "Publish the retention schedule on the staff intranet pages where Human Resources keep their own guidance",
    ]);
  });

  it("follows item numbers and leaves them out of the text", () => {
    expect(
      nextSteps([
        "1. Review the information risk register with the",
        "Senior Information Risk Owner each quarter",
        "2. Close the old email archive",
        "3. Check the disposal log",
      ]),
    ).toEqual(["Review the information risk register with the Senior Information Risk Owner each quarter", "Close the old email archive", "Check the disposal log"]);
  });

  it("follows a hanging indent: lines indented more than the first lines continue their item", () => {
    expect(
      nextSteps([
        "Name an owner for the shared mailbox of the complaints team",
        "   Microsoft Exchange holds it until the end of next year",
        "Agree a plan for the paper files",
        "Report progress to the board",
      ]),
    ).toEqual(["Name an owner for the shared mailbox of the complaints team Microsoft Exchange holds it until the end of next year", "Agree a plan for the paper files", "Report progress to the board"]);
  });

  it("still starts a new item at a capital after a line that ended short, where the list has no other shape", () => {
    expect(nextSteps(["Identifying a senior owner for the information strategy and providing an", "endorsement", "Ensuring guidance is consistent"])).toEqual([
      "Identifying a senior owner for the information strategy and providing an endorsement",
      "Ensuring guidance is consistent",
    ]);
  });
});
