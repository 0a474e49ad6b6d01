import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Workbook } from "exceljs";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { columnLetter, parseBlock } from "../core/a1";
import { sheetCells } from "./sheet-cells";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, minHeight: 0, flex: "1 1 auto" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  scroller: { overflow: "auto", flex: "0 1 auto", minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, backgroundColor: "#FFFFFF", color: "#000000" },
  corner: { backgroundColor: "#F3F3F3", border: "1px solid #D4D4D4", position: "sticky", top: 0, zIndex: 1 },
  columnHeader: { backgroundColor: "#F3F3F3", color: "#333333", border: "1px solid #D4D4D4", padding: "2px 6px", fontWeight: "normal", position: "sticky", top: 0 },
  rowHeader: { backgroundColor: "#F3F3F3", color: "#333333", border: "1px solid #D4D4D4", padding: "2px 6px", fontWeight: "normal", textAlign: "right" },
  cell: { border: "1px solid #E1E1E1", padding: "2px 6px", maxWidth: "22em", verticalAlign: "top", whiteSpace: "pre-wrap" },
  headerCell: { fontWeight: "bold", borderBottom: "2px solid #4472C4" },
  // Excel's selection: a green outline drawn inside the cell, so it never hides the cell's text.
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface WorkbookViewProps {
  readonly workbook: Workbook;
  readonly fileName: string;
  /** Changes whenever the workbook changed, so the cells are read again. */
  readonly version: number;
  /** The cell or range the pane last went to: its sheet is shown and its cells outlined, as Excel selects them. */
  readonly selection?: { readonly sheet: string; readonly address: string } | null;
}

/** A read-only view of the workbook: one tab per sheet, cells with their conditional-format colours. */
export function WorkbookView({ workbook, fileName, version, selection = null }: WorkbookViewProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const sheets = workbook.worksheets;
  const [chosen, setChosen] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Going to a cell shows its sheet; the user may then look at another sheet until the next Go to.
  useEffect(() => {
    if (selection === null) return;
    const sheet = sheets.find((ws) => ws.name.toLowerCase() === selection.sheet.toLowerCase());
    if (sheet) setChosen(sheet.name);
  }, [selection, sheets]);
  const selectedBlock = selection === null ? null : parseBlock(selection.address);
  const active = sheets.find((ws) => ws.name === chosen) ?? sheets[workbook.views[0]?.activeTab ?? 0] ?? sheets[0];
  const cells = useMemo(
    () => (active ? sheetCells(active) : null),
    // `version` says the workbook object changed inside; the sheet object itself stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [active, version],
  );
  const showsSelection = selection !== null && active !== undefined && active.name.toLowerCase() === selection.sheet.toLowerCase();
  const isSelected = (r: number, c: number) =>
    showsSelection &&
    selectedBlock !== null &&
    r >= selectedBlock.top &&
    r < selectedBlock.top + selectedBlock.rows &&
    c >= selectedBlock.left &&
    c < selectedBlock.left + selectedBlock.columns;
  useEffect(() => {
    scroller.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection, cells]);
  const headingId = `${idPrefix}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Workbook: {fileName}
      </h2>
      {sheets.length === 0 || !active || !cells ? (
        <p className={styles.note}>This workbook has no sheets.</p>
      ) : (
        <>
          <TabList aria-label="Sheets" selectedValue={active.name} onTabSelect={(_e, data) => setChosen(String(data.value))}>
            {sheets.map((ws) => (
              <Tab key={ws.name} value={ws.name} id={`${idPrefix}-tab-${ws.id}`} aria-controls={`${idPrefix}-sheet`}>
                {ws.name}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`${idPrefix}-sheet`} aria-labelledby={`${idPrefix}-tab-${active.id}`} className={styles.scroller} tabIndex={0} ref={scroller}>
            {cells.rows.length === 0 ? (
              <p className={styles.note}>The sheet {active.name} is empty.</p>
            ) : (
              <table className={styles.grid} aria-label={`Cells of the sheet ${active.name}`}>
                <thead>
                  <tr>
                    <td className={styles.corner} />
                    {Array.from({ length: cells.columns }, (_, c) => (
                      <th key={c} scope="col" className={styles.columnHeader}>
                        {columnLetter(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {cells.rows.map((row, r) =>
                    cells.hiddenRows.has(r) ? null : (
                    <tr key={r}>
                      <th scope="row" className={styles.rowHeader}>
                        {r + 1}
                      </th>
                      {row.map((cell, c) => (
                        <td
                          key={c}
                          className={mergeClasses(styles.cell, cell.header && styles.headerCell, isSelected(r, c) && styles.selected)}
                          data-address={`${columnLetter(c)}${r + 1}`}
                          data-selected={isSelected(r, c) ? "true" : undefined}
                          style={{ backgroundColor: cell.fill ?? undefined, color: cell.font ?? undefined }}
                        >
                          {cell.text}
                        </td>
                      ))}
                    </tr>
                    ),
                  )}
                </tbody>
              </table>
            )}
          </div>
          {cells.hiddenRows.size > 0 && (
            <p className={styles.note}>
              {cells.hiddenRows.size === 1 ? "1 row is" : `${cells.hiddenRows.size} rows are`} hidden by a filter, as in Excel (the row numbers skip {cells.hiddenRows.size === 1 ? "it" : "them"}).
            </p>
          )}
          {cells.truncated && <p className={styles.note}>Only the first rows and columns are shown.</p>}
        </>
      )}
    </section>
  );
}
