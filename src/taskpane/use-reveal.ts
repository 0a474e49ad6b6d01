import { useEffect, useRef } from "react";

/**
 * A ref whose element is scrolled into sight (only as far as needed) whenever `key` changes while it
 * is shown: a message appears where the user is looking, even at the bottom of a long pane.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [key]);
  return ref;
}
