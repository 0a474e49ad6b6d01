import type { Framework } from "./framework";

/** The IMA framework used by the 2015-2018 progress reviews: 4 themes, 10 areas. */
export const IMA_2015_FRAMEWORK: Framework = {
  id: "ima-2015",
  name: "IMA 2015-2018 (4 themes, 10 areas)",
  themes: [
    {
      name: "The value of information",
      areas: ["Communicating and realising value", "Managing information as an asset"],
    },
    {
      name: "Digital information and supporting technology",
      areas: ["Supporting information through technology", "Digital continuity and IT change"],
    },
    {
      name: "Information risk, governance and oversight",
      areas: ["Recognising information risk", "Establishing control", "Providing guidance", "Measuring impact"],
    },
    {
      name: "Records, review and transfer",
      areas: ["Oversight of records and selection", "Implementing disposal decisions"],
    },
  ],
};

/** No themes: people type their own. */
export const BLANK_FRAMEWORK: Framework = { id: "blank", name: "Blank (type your own)", themes: [] };

export const FRAMEWORK_PRESETS: readonly Framework[] = [IMA_2015_FRAMEWORK, BLANK_FRAMEWORK];

export const DEFAULT_FRAMEWORK = IMA_2015_FRAMEWORK;
