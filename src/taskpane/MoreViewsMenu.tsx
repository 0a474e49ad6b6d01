import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible, useOverflowMenu } from "@fluentui/react-components";
import type { TaskPaneView } from "./task-pane-views";

function HiddenViewItem({ view, onOpen }: { view: TaskPaneView; onOpen: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(view.id);
  if (visible) return null;
  return <MenuItem onClick={() => onOpen(view.id)}>{view.label}</MenuItem>;
}

export interface MoreViewsMenuProps {
  readonly views: readonly TaskPaneView[];
  readonly onOpen: (id: string) => void;
}

/** The views whose tabs do not fit the pane, in a menu behind "More (N)"; nothing when all fit. */
export function MoreViewsMenu({ views, onOpen }: MoreViewsMenuProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" aria-label={`More views (${overflowCount})`}>
          {`More (${overflowCount})`}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <HiddenViewItem key={view.id} view={view} onOpen={onOpen} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
