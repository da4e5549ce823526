import "../../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { SetupGate, type SetupPending } from "../../../../src/taskpane/views/_lib/SetupGate";

type Ready = { readonly status: "ready"; readonly sheets: readonly string[] };

function gate(setup: SetupPending | Ready) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SetupGate
        setup={setup}
        loadingLabel="Reading the workbook…"
        failedTitle="The workbook could not be read"
        failureText={(error) => `Because: ${(error as Error).message}`}
      >
        {(ready) => <p>Sheets: {ready.sheets.join(", ")}</p>}
      </SetupGate>
    </FluentProvider>,
  );
}

describe("SetupGate", () => {
  it("shows the spinner's label while loading, and not the view", () => {
    gate({ status: "loading" });
    expect(screen.getByText("Reading the workbook…")).toBeTruthy();
    expect(screen.queryByText(/^Sheets:/)).toBeNull();
  });

  it("says why when the read failed: the title and the error's own text", () => {
    gate({ status: "failed", error: new Error("the sheet Ledger is protected") });
    expect(screen.getByText("The workbook could not be read")).toBeTruthy();
    expect(screen.getByText("Because: the sheet Ledger is protected")).toBeTruthy();
    expect(screen.queryByText(/^Sheets:/)).toBeNull();
  });

  it("hands the ready setup to the view", () => {
    gate({ status: "ready", sheets: ["Ledger", "Customers"] });
    expect(screen.getByText("Sheets: Ledger, Customers")).toBeTruthy();
    expect(screen.queryByText("Reading the workbook…")).toBeNull();
  });
});
