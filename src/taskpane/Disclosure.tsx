import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  toggle: { alignSelf: "flex-start", paddingLeft: 0, minWidth: 0, fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * A button that shows or hides what is below it (aria-expanded). What is inside is only mounted
 * while open, so a list of many areas does not read every area's commentary up front.
 */
export function Disclosure({ label, children }: { label: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? "▾\u00a0" : "▸\u00a0"}</span>
        {label}
      </Button>
      {open && (
        <div id={id} className={styles.body}>
          {children}
        </div>
      )}
    </>
  );
}
