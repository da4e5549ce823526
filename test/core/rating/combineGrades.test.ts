import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { combineGrades } from "../../../src/core/rating";

/**
 * Expected combined grade of every multiset of three indicator grades (letters sorted), written out by
 * hand. Rows marked "doc" are the documented table of DESIGN §3.1 (AAA, AAB → A; ABB, BBB → B;
 * BBC, BCC, CCC → C; anything with D → D); the others follow the stated rule "otherwise any C → C".
 */
const EXPECTED_BY_MULTISET: Readonly<Record<string, string>> = {
  AAA: "A", // doc
  AAB: "A", // doc
  AAC: "C",
  AAD: "D", // doc (veto)
  ABB: "B", // doc
  ABC: "C",
  ABD: "D", // doc (veto)
  ACC: "C",
  ACD: "D", // doc (veto)
  ADD: "D", // doc (veto)
  BBB: "B", // doc
  BBC: "C", // doc
  BBD: "D", // doc (veto)
  BCC: "C", // doc
  BCD: "D", // doc (veto)
  BDD: "D", // doc (veto)
  CCC: "C", // doc
  CCD: "D", // doc (veto)
  CDD: "D", // doc (veto)
  DDD: "D", // doc (veto)
};

const LETTERS = ["A", "B", "C", "D"] as const;
const ALL_TRIPLES = LETTERS.flatMap((x) => LETTERS.flatMap((y) => LETTERS.map((z) => [x, y, z] as const)));

describe("combineGrades", () => {
  it("covers all 64 ordered triples and all 20 multisets", () => {
    expect(ALL_TRIPLES).toHaveLength(64);
    expect(Object.keys(EXPECTED_BY_MULTISET)).toHaveLength(20);
  });

  it.each(ALL_TRIPLES)("combines %s %s %s as the table says", (x, y, z) => {
    const multiset = [x, y, z].sort().join("");
    expect(combineGrades([x, y, z])).toBe(EXPECTED_BY_MULTISET[multiset]);
  });

  it("is case-insensitive and trims", () => {
    expect(combineGrades([" a", "A ", "b"])).toBe("A");
    expect(combineGrades(["c", " b ", "B"])).toBe("C");
  });

  it("skips empty strings (blank cells)", () => {
    // A, B remain: A is 1 of 2, not a strict majority → B
    expect(combineGrades(["A", "", "B"])).toBe("B");
    // A, A remain → A
    expect(combineGrades(["", "A", "  ", "A"])).toBe("A");
  });

  it("needs a strict majority of A grades for A", () => {
    expect(combineGrades(["A"])).toBe("A"); // 1 of 1
    expect(combineGrades(["B"])).toBe("B");
    expect(combineGrades(["A", "B"])).toBe("B"); // 1 of 2 is not a majority
    expect(combineGrades(["A", "A", "B", "B"])).toBe("B"); // 2 of 4 is not a majority
    expect(combineGrades(["A", "A", "A", "B", "B"])).toBe("A"); // 3 of 5
  });

  it("names the bad value and its 1-based position", () => {
    expect(combineGrades(["A", "B", "E"])).toEqual(
      creditError("#VALUE!", "gradeInvalid", { value: "E", position: 3 }),
    );
    expect(combineGrades(["AA", "B"])).toEqual(
      creditError("#VALUE!", "gradeInvalid", { value: "AA", position: 1 }),
    );
    expect(combineGrades(["A", "", "b+"])).toEqual(
      creditError("#VALUE!", "gradeInvalid", { value: "b+", position: 3 }),
    );
  });

  it("refuses an empty list or only blanks with #N/A", () => {
    expect(combineGrades([])).toEqual(creditError("#N/A", "noGrades"));
    expect(combineGrades(["", " "])).toEqual(creditError("#N/A", "noGrades"));
  });

  const grades = fc.array(fc.constantFrom("A", "B", "C", "D"), { minLength: 1, maxLength: 12 });

  it("does not depend on the order of the grades", () => {
    fc.assert(
      fc.property(grades, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const shuffled: string[] = [...list];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
        }
        expect(combineGrades(shuffled)).toBe(combineGrades(list));
      }),
    );
  });

  it("lets any single D veto the rating", () => {
    fc.assert(
      fc.property(grades, fc.nat(), (list, at) => {
        const withD = [...list];
        withD.splice(at % (list.length + 1), 0, "D");
        expect(combineGrades(withD)).toBe("D");
      }),
    );
  });

  it("never rates better than the worst grade allows: a C caps the result at C", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("A", "B", "C"), { minLength: 1, maxLength: 12 })
          .filter((g) => g.includes("C")),
        (list) => {
          expect(combineGrades(list)).toBe("C");
        },
      ),
    );
  });

  it("gives A or B to lists of only A and B, A exactly when A is a strict majority", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A", "B"), { minLength: 1, maxLength: 12 }), (list) => {
        const aCount = list.filter((g) => g === "A").length;
        expect(combineGrades(list)).toBe(aCount > list.length / 2 ? "A" : "B");
      }),
    );
  });
});
