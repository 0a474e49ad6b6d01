import { Button, useMergedRefs, useOverflowMenu, type ButtonProps } from "@fluentui/react-components";
import { Suspense, forwardRef, lazy, useState } from "react";
import type { TaskPaneView } from "./task-pane-views";

// Fluent's menu and its popup positioning load on the first click, not with the pane's first paint.
const MoreViewsPopup = lazy(() => import(/* webpackChunkName: "more-views-menu" */ "./MoreViewsPopup").then((m) => ({ default: m.MoreViewsPopup })));

/**
 * "More (N)", registered with the tab bar's overflow manager. The registration lives here, with the button,
 * because the button is mounted anew when the menu arrives: Fluent registers a menu element only once, and
 * a manager left holding the old, detached button counted the menu as 0 px wide, so the chosen tab was
 * drawn over the button (issue 10).
 */
const MoreButton = forwardRef<HTMLButtonElement, ButtonProps>(function MoreButton(props, forwarded) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const merged = useMergedRefs(ref, forwarded);
  if (!isOverflowing) return null;
  return (
    <Button {...props} ref={merged} appearance="transparent" size="small" aria-label={`More views (${overflowCount})`} aria-haspopup="menu">
      {`More (${overflowCount})`}
    </Button>
  );
});

export interface MoreViewsMenuProps {
  readonly views: readonly TaskPaneView[];
  readonly onOpen: (id: string) => void;
}

/** The views whose tabs do not fit the pane, in a menu behind "More (N)"; nothing when all fit. */
export function MoreViewsMenu({ views, onOpen }: MoreViewsMenuProps) {
  // Until the first click the button stands alone; from then on it is the menu's trigger.
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  if (!wanted) {
    return (
      <MoreButton
        aria-expanded={false}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      />
    );
  }
  const trigger = <MoreButton aria-expanded={open} />;
  return (
    <Suspense fallback={trigger}>
      <MoreViewsPopup trigger={trigger} views={views} open={open} onOpenChange={setOpen} onChoose={onOpen} />
    </Suspense>
  );
}
