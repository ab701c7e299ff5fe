/**
 * Entry of the task pane bundle. taskpane.html already shows the page the URL names as the
 * build rendered it, inert (prerender.tsx); React hydrates that markup and then lets the user
 * in. Without it (a prerender from another year) React renders the pane from scratch. Waiting
 * for Office.js is the app's job (host.ts), which also copes with Office.js being blocked or
 * absent, so the pane is mounted at once rather than after Office.onReady.
 */
import { createDOMRenderer } from "@fluentui/react-components";
import { createRoot, hydrateRoot } from "react-dom/client";
import { PaneRoot } from "./PaneRoot";

const root = document.getElementById("root");
if (!root) throw new Error("taskpane.html has no element with id root");
const pane = (
  <PaneRoot renderer={createDOMRenderer(document)} onShown={() => root.removeAttribute("inert")} />
);
if (root.dataset["prerendered"]) hydrateRoot(root, pane);
else createRoot(root).render(pane);
