import { Button, useOverflowMenu } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { TaskPaneView } from "./task-pane-views";

// Fluent's menu and its popup positioning load on the first click, not with the pane's first paint.
const MoreViewsPopup = lazy(() => import(/* webpackChunkName: "more-views-menu" */ "./MoreViewsPopup").then((m) => ({ default: m.MoreViewsPopup })));

export interface MoreViewsMenuProps {
  readonly views: readonly TaskPaneView[];
  readonly onOpen: (id: string) => void;
}

/** The views whose tabs do not fit the pane, in a menu behind "More (N)"; nothing when all fit. */
export function MoreViewsMenu({ views, onOpen }: MoreViewsMenuProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // Until the first click the button stands alone; from then on it is the menu's trigger.
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  if (!isOverflowing) return null;
  const button = (
    <Button
      ref={ref}
      appearance="transparent"
      size="small"
      aria-label={`More views (${overflowCount})`}
      aria-haspopup="menu"
      aria-expanded={open}
      onClick={
        wanted
          ? undefined
          : () => {
              setWanted(true);
              setOpen(true);
            }
      }
    >
      {`More (${overflowCount})`}
    </Button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <MoreViewsPopup trigger={button} views={views} open={open} onOpenChange={setOpen} onChoose={onOpen} />
    </Suspense>
  );
}
