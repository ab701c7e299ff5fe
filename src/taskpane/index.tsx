/**
 * Entry of the task pane bundle: mounts the React app into #root of taskpane.html. Waiting for
 * Office.js is the app's job (host.ts), which also copes with Office.js being blocked or absent,
 * so the pane is mounted at once rather than after Office.onReady.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("taskpane.html has no element with id root");
createRoot(root).render(<App />);
