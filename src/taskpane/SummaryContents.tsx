import { makeStyles, tokens } from "@fluentui/react-components";
import type { OutlineResult } from "../workflows/summary-outline";

const useStyles = makeStyles({
  contents: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  detail: { color: tokens.colorNeutralForeground3 },
});

/** What the summary sheet will contain, section by section with its rows, before it is written. */
export function SummaryContents({ outline }: { readonly outline: OutlineResult }) {
  const styles = useStyles();
  return (
    <section className={styles.contents} aria-label="What the sheet will contain">
      <h3 className={styles.heading}>What the sheet will contain</h3>
      {outline.ok ? (
        <>
          <p>{outline.outline.title}</p>
          <ul className={styles.list}>
            {outline.outline.sections.map((section) => (
              <li key={section.id}>
                {section.title}
                {section.id === "noActions" ? null : `: ${section.rows} ${section.rows === 1 ? "row" : "rows"}`}{" "}
                <span className={styles.detail}>({section.detail})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="alert">{outline.problems.join(" ")}</p>
      )}
    </section>
  );
}
