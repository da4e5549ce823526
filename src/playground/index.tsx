/**
 * Boots the playground page (webpack entry `playground`, built apart from the add-in so HyperFormula
 * never enters the bundle Excel loads). The CREDIT functions' descriptions come from the functions.json
 * the build generates from functions.ts, inlined by the playground's webpack config.
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  CustomEditorModule,
  ModuleRegistry,
  ScrollApiModule,
} from "ag-grid-community";
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json";
import { type FunctionsJson } from "../functions/metadata/types";
import { Playground } from "./Playground";

/** Inlined at build time by webpack.playground.config.js (DefinePlugin). */
declare const CREDITKIT_FUNCTIONS_JSON: FunctionsJson;

performance.mark("creditkit:script-start");
// Only the grid features the workbook view uses: a smaller script and a faster first grid.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  CellStyleModule,
  CustomEditorModule,
  ScrollApiModule,
]);

const container = document.getElementById("playground");
if (container === null) throw new Error("playground.html has no #playground element to render into.");
const query = new URLSearchParams(window.location.search);
const paneWidth = Number(query.get("pane"));
createRoot(container).render(
  <Playground
    functions={CREDITKIT_FUNCTIONS_JSON}
    version={packageJson.version}
    browserLanguage={navigator.language}
    initial={{
      dark: query.get("theme") === "dark",
      ...(Number.isFinite(paneWidth) && paneWidth >= 200 ? { paneWidth } : {}),
    }}
  />,
);
