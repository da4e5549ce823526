import { typedFormula } from "../../../../src/host/embedded/_lib/excelFormulaText";

describe("typedFormula", () => {
  it("drops the storage prefixes of newer functions", () => {
    expect(typedFormula("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("XLOOKUP(A1,B:B,C:C)");
    expect(typedFormula("_xlfn._xlws.SORT(A1:A9)")).toBe("SORT(A1:A9)");
    expect(typedFormula("SUM(_xlfn.IFS(A1>0,1,TRUE,0),1)")).toBe("SUM(IFS(A1>0,1,TRUE,0),1)");
  });

  it("turns an add-in's saved CREDIT function back into its name", () => {
    expect(typedFormula("_xldudf_CREDIT_GRADE(B2)")).toBe("CREDIT.GRADE(B2)");
    expect(typedFormula("[1]!_xldudf_CREDIT_AGING(A2:A9,B2:B9,E1)")).toBe("CREDIT.AGING(A2:A9,B2:B9,E1)");
    expect(typedFormula("_xldudf_credit_dsocountback(A1,B1:B3)")).toBe("CREDIT.DSOCOUNTBACK(A1,B1:B3)");
    // not a CREDIT function: left as saved
    expect(typedFormula("_xldudf_CREDIT_NOSUCH(B2)")).toBe("_xldudf_CREDIT_NOSUCH(B2)");
  });

  it("leaves text inside string literals alone", () => {
    expect(typedFormula('_xlfn.TEXTJOIN(",",TRUE,"_xlfn.","say ""_xldudf_CREDIT_GRADE(1)""")')).toBe(
      'TEXTJOIN(",",TRUE,"_xlfn.","say ""_xldudf_CREDIT_GRADE(1)""")',
    );
  });
});
