import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { type FunctionHelp } from "../../../src/playground/formula/functionCatalog";
import { FormulaInput } from "../../../src/playground/formula/FormulaInput";

const catalog: FunctionHelp[] = [
  { name: "CREDIT.GRADE", args: "score, [scale]", description: "Grade of a 0–100 score on a grade scale." },
  { name: "CREDIT.SCORE", args: "scores, weights", description: "Weighted risk-factor score." },
];

function Field({ onCommit }: { onCommit: (text: string) => void }) {
  const [text, setText] = useState("");
  return (
    <FormulaInput
      value={text}
      onChange={setText}
      onCommit={() => onCommit(text)}
      catalog={catalog}
      label="Formula bar"
      listLabel="CREDIT functions"
    />
  );
}

function renderField() {
  const committed: string[] = [];
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Field onCommit={(text) => committed.push(text)} />
    </FluentProvider>,
  );
  return { user, committed, input: screen.getByRole("combobox", { name: "Formula bar" }) };
}

// jsdom does no layout and has no scrollIntoView, which keeps the highlighted option in view.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

describe("FormulaInput", () => {
  it("lists the CREDIT functions with their arguments and descriptions once =CREDIT. is typed", async () => {
    const { user, input } = renderField();
    await user.type(input, "=CREDIT.");
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "CREDIT.GRADE(score, [scale])Grade of a 0–100 score on a grade scale.",
      "CREDIT.SCORE(scores, weights)Weighted risk-factor score.",
    ]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
  });

  it("takes the highlighted function with Enter, then commits with the list closed", async () => {
    const { user, input, committed } = renderField();
    await user.type(input, "=credit.");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(input).toHaveProperty("value", "=CREDIT.SCORE(");
    expect(committed).toEqual([]);
    // user-event reads "{{" as a literal "{".
    await user.type(input, "{{5,4,3},{{0.5,0.3,0.2})");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.keyboard("{Enter}");
    expect(committed).toEqual(["=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})"]);
  });

  it("closes the list with Escape and offers nothing for text that is not a formula", async () => {
    const { user, input } = renderField();
    await user.type(input, "=CR");
    expect(screen.getAllByRole("option")).toHaveLength(2);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.clear(input);
    await user.type(input, "CREDIT.");
    expect(screen.queryByRole("listbox")).toBeNull();
  });
});
