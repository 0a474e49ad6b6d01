import { cellAddress } from "../a1";
import { labelKey } from "../label-key";
import { memoised } from "../memo";
import type { RatingWorkbook } from "../rating-workbook";
import { actionName } from "./action-name";
import type { Finding } from "./finding";
import { nearMissFinder } from "./near-miss";
import { shownName } from "./shown-value";

/** Actions whose theme or area names nothing in the Ratings table (so summaries cannot place them). */
export function actionLinkProblems(model: RatingWorkbook): Finding[] {
  const { actions, ratings } = model;
  if (actions === null) return [];
  const themes = new Map<string, string>();
  const areasByTheme = new Map<string, Set<string>>();
  const allAreas = new Map<string, string>();
  for (const area of ratings.areas) {
    if (area.area === "") continue;
    const themeKey = labelKey(area.theme);
    if (area.theme !== "" && !themes.has(themeKey)) themes.set(themeKey, area.theme);
    const set = areasByTheme.get(themeKey) ?? new Set<string>();
    set.add(labelKey(area.area));
    areasByTheme.set(themeKey, set);
    if (!allAreas.has(labelKey(area.area))) allAreas.set(labelKey(area.area), area.area);
  }
  const key = memoised(labelKey);
  // Each distinct unknown theme or area is looked up once (a workbook repeats them row after row).
  const nearestTheme = nearMissFinder([...themes].map(([key, label]) => ({ key, label })));
  const nearestArea = nearMissFinder([...allAreas].map(([key, label]) => ({ key, label })));
  const { sheet } = actions.source;
  const findings: Finding[] = [];
  for (const item of actions.items) {
    const themeKey = key(item.theme);
    const themeKnown = themes.has(themeKey);
    if (item.theme !== "" && !themeKnown && actions.columns.theme >= 0) {
      const suggestion = nearestTheme(item.theme);
      findings.push({
        kind: "action-theme-unknown",
        severity: "warning",
        sheet,
        address: cellAddress(item.row, actions.columns.theme),
        found: shownName(item.theme),
        expected: "a theme of the Ratings table",
        message: `${actionName(item)} names the theme ${shownName(item.theme)}, which is not in the Ratings table.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (item.area === "" || actions.columns.area < 0) continue;
    const areaKey = key(item.area);
    const known = themeKnown ? (areasByTheme.get(themeKey)?.has(areaKey) ?? false) : allAreas.has(areaKey);
    if (known) continue;
    const suggestion = nearestArea(item.area);
    findings.push({
      kind: "action-area-unknown",
      severity: "warning",
      sheet,
      address: cellAddress(item.row, actions.columns.area),
      found: shownName(item.area),
      expected: themeKnown ? `an area of the theme ${shownName(themes.get(themeKey) ?? item.theme)}` : "an area of the Ratings table",
      message: `${actionName(item)} names the area ${shownName(item.area)}, which is not ${themeKnown ? `under ${shownName(themes.get(themeKey) ?? item.theme)} in` : "in"} the Ratings table.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return findings;
}
