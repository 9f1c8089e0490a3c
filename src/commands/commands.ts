/*
 * Ribbon commands. The add-in's one button (Home › KA2 Budget › Open) opens the task pane
 * through the manifest's ShowTaskpane action, which needs no code. A function command
 * (ExecuteFunction) would be registered here with Office.actions.associate.
 */
export {};
