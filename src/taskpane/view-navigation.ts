import { createContext, useContext } from "react";

/**
 * Opens another view of the pane by its id ("set-up", "import"...), so a view can send the user
 * where the next step is. Null where a view is drawn on its own (tests, a view outside the tabs).
 */
export const ViewNavigation = createContext<((viewId: string) => void) | null>(null);

export function useOpenView(): ((viewId: string) => void) | null {
  return useContext(ViewNavigation);
}
