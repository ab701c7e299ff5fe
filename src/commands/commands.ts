/**
 * Script of the ribbon's function file. The three Home-tab buttons are ShowTaskpane actions that
 * open task-pane pages, so there are no function commands to register; Office still loads this
 * page for the add-in's commands and waits for Office.js to report that it is ready.
 */
void Office.onReady();
