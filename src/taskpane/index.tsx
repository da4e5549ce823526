/**
 * Boots the task pane and nothing else: once Office is ready, render the App in Office's theme and
 * display language. Everything testable lives in App and the modules it imports.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json";
import { OfficeWorkbookHost } from "../host/office";
import { App } from "./App";
import { browserLanguageStorage } from "./languagePreference";
import { fluentThemeFor } from "./theme";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element to render into.");
  createRoot(container).render(
    <FluentProvider theme={fluentThemeFor(Office.context.officeTheme)}>
      <App
        version={packageJson.version}
        officeLanguage={Office.context.displayLanguage}
        storage={browserLanguageStorage}
        host={new OfficeWorkbookHost()}
      />
    </FluentProvider>,
  );
});
