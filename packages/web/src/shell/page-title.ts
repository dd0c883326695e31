import { useEffect } from "react";

/** Each page names itself in the browser tab, as screen-reader users expect (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Parapet`;
  }, [title]);
}
