import "../../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { OutcomeBar } from "../../../../src/taskpane/views/_lib/OutcomeBar";

function bar(title?: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <OutcomeBar intent="error" title={title}>
        Row 7: the amount is text.
      </OutcomeBar>
    </FluentProvider>,
  );
}

describe("OutcomeBar", () => {
  it("shows the title above the text", () => {
    const { container } = bar("The report was not written");
    const text = container.textContent ?? "";
    expect(text.indexOf("The report was not written")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("The report was not written")).toBeLessThan(
      text.indexOf("Row 7: the amount is text."),
    );
  });

  it("shows the text alone when there is no title", () => {
    const { container } = bar();
    expect(screen.getByText("Row 7: the amount is text.")).toBeTruthy();
    expect(container.textContent?.trim()).toBe("Row 7: the amount is text.");
  });
});
