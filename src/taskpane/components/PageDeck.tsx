/**
 * The pages' panels under the tab list. A page stays mounted once it has been shown, hidden
 * while another is selected, so what it holds (findings, a half-filled form, the batch
 * "Hoàn tác" undoes) is still there when the user comes back to its tab. App gives the deck
 * a new key when the open file is closed, which starts every page afresh.
 */
import type { ReactNode } from "react";
import { useState } from "react";
import { withPage, type PageId } from "../state/pages";

export interface PageDeckProps {
  readonly selected: PageId;
  readonly render: (page: PageId) => ReactNode;
}

export function PageDeck({ selected, render }: PageDeckProps) {
  const [mounted, setMounted] = useState<readonly PageId[]>([selected]);
  const shown = withPage(mounted, selected);
  // Derived state, updated while rendering as React recommends: no extra render shows the page missing.
  if (shown !== mounted) setMounted(shown);
  return (
    <>
      {shown.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={id !== selected}
        >
          {render(id)}
        </div>
      ))}
    </>
  );
}
