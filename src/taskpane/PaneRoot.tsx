/**
 * The pane as both the build and the browser render it: the app under a Griffel renderer of
 * its own. The build renders it once per page into taskpane.html (prerender.tsx), collecting
 * the CSS in that renderer; the browser then hydrates that markup (index.tsx) with a renderer
 * on the document. Hydration needs the same tree on both sides (the ids React gives labels
 * and fields depend on it), so both go through this component.
 */
import {
  RendererProvider,
  useIsomorphicLayoutEffect,
  type GriffelRenderer,
} from "@fluentui/react-components";
import { App, type AppProps } from "./App";

export interface PaneRootProps extends AppProps {
  readonly renderer: GriffelRenderer;
  /**
   * Called once the pane is on screen as React's own: rendered, or the build's markup
   * hydrated, the page it opened on included unless that page's code is still on its way.
   */
  readonly onShown?: () => void;
}

export function PaneRoot({ renderer, onShown, ...app }: PaneRootProps) {
  // In the commit itself, not after the next paint: the user gets in as soon as React is there.
  useIsomorphicLayoutEffect(() => onShown?.(), [onShown]);
  return (
    <RendererProvider renderer={renderer}>
      <App {...app} />
    </RendererProvider>
  );
}
