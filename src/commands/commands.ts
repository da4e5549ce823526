/**
 * Ribbon commands of the shared runtime. The Home tab button opens the task pane declaratively
 * (ShowTaskpane in manifest.xml); this action lets other surfaces (e.g. a future context-menu
 * entry) open it too.
 */

/**
 * Opens the CreditKit task pane.
 *
 * @example
 * Office.actions.associate("showCreditKit", showCreditKit);
 */
export async function showCreditKit(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("showCreditKit", (event: Office.AddinCommands.Event) => void showCreditKit(event));
});
