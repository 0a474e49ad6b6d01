import type { RatingScale, ScaleLevel } from "./rating-scale";

// Colours come in fill/font pairs chosen so the text keeps at least 4.5:1 contrast (tested).
const RED = { fill: "#FFC7CE", font: "#9C0006" };
const AMBER_RED = { fill: "#F8CBAD", font: "#833C0B" };
const AMBER = { fill: "#FFEB9C", font: "#7F4F00" };
const AMBER_GREEN = { fill: "#E2EFDA", font: "#375623" };
const GREEN = { fill: "#C6EFCE", font: "#006100" };
const BLUE = { fill: "#DDEBF7", font: "#1F4E79" };
const DEEP_BLUE = { fill: "#1F4E79", font: "#FFFFFF" };

function level(label: string, colours: { fill: string; font: string }, aliases: string[] = []): ScaleLevel {
  return { label, aliases, ...colours };
}

/** IMA progress reviews 2015-2018, the scale of the seed reviews; the default. */
export const IMA_2015_SCALE: RatingScale = {
  id: "ima-2015",
  name: "IMA progress reviews 2015-2018",
  target: "Satisfactory",
  levels: [
    level("Development area", RED),
    level("Progressing to satisfactory", AMBER, ["Progressing towards satisfactory"]),
    level("Satisfactory", GREEN),
    level("Progressing to good practice", BLUE, ["Progressing towards good practice"]),
    level("Good practice", DEEP_BLUE),
  ],
};

export const IMA_2008_SCALE: RatingScale = {
  id: "ima-2008",
  name: "IMA reports 2008-2012",
  target: "Satisfactory",
  levels: [
    level("Priority attention area", RED, ["Priority attention"]),
    level("Development needed", AMBER),
    level("Satisfactory", GREEN, ["Acceptable"]),
    level("Good", BLUE),
    level("Best practice", DEEP_BLUE),
  ],
};

export const NCSC_CAF_SCALE: RatingScale = {
  id: "ncsc-caf",
  name: "NCSC Cyber Assessment Framework",
  target: "Achieved",
  levels: [level("Not achieved", RED), level("Partially achieved", AMBER), level("Achieved", GREEN)],
};

export const M365_KIM_SCALE: RatingScale = {
  id: "m365-kim",
  name: "M365 KIM maturity model",
  target: "Adequate",
  levels: [level("Inadequate", RED), level("Adequate", AMBER), level("Optimal", GREEN)],
};

export const RAG_3_SCALE: RatingScale = {
  id: "rag-3",
  name: "RAG (three-point)",
  target: "Green",
  levels: [level("Red", RED), level("Amber", AMBER), level("Green", GREEN)],
};

export const RAG_5_SCALE: RatingScale = {
  id: "rag-5",
  name: "RAG (five-point)",
  target: "Green",
  levels: [
    level("Red", RED),
    level("Amber/Red", AMBER_RED, ["Red/Amber"]),
    level("Amber", AMBER),
    level("Amber/Green", AMBER_GREEN, ["Green/Amber"]),
    level("Green", GREEN),
  ],
};

export const SCALE_PRESETS: readonly RatingScale[] = [
  IMA_2015_SCALE,
  IMA_2008_SCALE,
  NCSC_CAF_SCALE,
  M365_KIM_SCALE,
  RAG_3_SCALE,
  RAG_5_SCALE,
];

export const DEFAULT_SCALE = IMA_2015_SCALE;
