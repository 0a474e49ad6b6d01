import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  toggle: { alignSelf: "flex-start", paddingLeft: 0, minWidth: 0, fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
});

export interface DisclosureButtonProps {
  readonly open: boolean;
  readonly onToggle: () => void;
  /** The id of what it shows, while shown. */
  readonly controls: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** The button of a disclosure (aria-expanded), for when what it shows is placed elsewhere (a grid's next row). */
export function DisclosureButton({ open, onToggle, controls, className, children }: DisclosureButtonProps) {
  const styles = useStyles();
  return (
    <Button className={mergeClasses(styles.toggle, className)} appearance="transparent" size="small" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      <span aria-hidden="true">{open ? "▾\u00a0" : "▸\u00a0"}</span>
      {children}
    </Button>
  );
}

/** What a disclosure shows, with a rule on its left tying it to its button. */
export function DisclosureBody({ id, children }: { id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div id={id} className={styles.body}>
      {children}
    </div>
  );
}

/**
 * A button that shows or hides what is below it. What is inside is only mounted while open, so a
 * list of many areas does not read every area's commentary up front.
 */
export function Disclosure({ label, children }: { label: ReactNode; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <DisclosureButton open={open} onToggle={() => setOpen(!open)} controls={id}>
        {label}
      </DisclosureButton>
      {open && <DisclosureBody id={id}>{children}</DisclosureBody>}
    </>
  );
}
