import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { TaskPaneView } from "./task-pane-views";

function HiddenViewItem({ view, onChoose }: { view: TaskPaneView; onChoose: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(view.id);
  if (visible) return null;
  return <MenuItem onClick={() => onChoose(view.id)}>{view.label}</MenuItem>;
}

export interface MoreViewsPopupProps {
  /** The "More (N)" button, which opens and closes the menu. */
  readonly trigger: ReactElement;
  readonly views: readonly TaskPaneView[];
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onChoose: (id: string) => void;
}

/** The menu of views whose tabs did not fit (loaded on the first click of "More"). */
export function MoreViewsPopup({ trigger, views, open, onOpenChange, onChoose }: MoreViewsPopupProps) {
  return (
    <Menu open={open} onOpenChange={(_event, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <HiddenViewItem key={view.id} view={view} onChoose={onChoose} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
