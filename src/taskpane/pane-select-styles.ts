import { makeStyles } from "@fluentui/react-components";

/**
 * A native select is as wide as its longest option unless told otherwise: an action's full text made the
 * Actions view 635 px wide in a 320 px pane. These let the field, the Select's root and the select shrink
 * to the pane; the open list still shows each option in full.
 */
export const usePaneSelectStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%" },
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
});
