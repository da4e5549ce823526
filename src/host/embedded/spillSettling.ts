import { DetailedCellError, ErrorType, type HyperFormula } from "hyperformula";
import { placeKey, placeOfKey } from "./_lib/hfInternals";
import { type CreditEngineContext } from "./engineContext";

/** A result whose size depends on its own inputs settles in one re-entry; the cap stops a loop. */
const MAX_RESIZE_ROUNDS = 5;

/**
 * Enters again every formula whose spilled CREDIT result did not fit the cells HyperFormula
 * reserved for it (see `CreditEngineContext`); the function has recorded the real size, which the
 * new reservation uses.
 *
 * @example
 * hf.setCellContents(place, [["=CREDIT.AGING(A2:A9,B2:B9,E1,,E2)"]]);
 * settleSpills(hf, context);
 */
export function settleSpills(hf: HyperFormula, context: CreditEngineContext): void {
  for (let round = 0; round < MAX_RESIZE_ROUNDS && context.resizeQueue.size > 0; round++) {
    const formulas = [...context.resizeQueue]
      .map(placeOfKey)
      .map((place) => [place, hf.getCellFormula(place)] as const);
    context.resizeQueue.clear();
    hf.batch(() => {
      for (const [place, formula] of formulas)
        if (formula !== undefined) hf.setCellContents(place, [[formula]]);
    });
  }
  context.resizeQueue.clear();
}

/**
 * Queues for re-entry every spill showing #SPILL!. HyperFormula leaves a spill that once found its
 * cells taken at #SPILL! even after they are cleared; Excel spills again, and re-entering does that.
 *
 * @example
 * retryBlockedSpills(hf, context);
 * settleSpills(hf, context);
 */
export function retryBlockedSpills(hf: HyperFormula, context: CreditEngineContext): void {
  for (const vertex of hf.arrayMapping.arrayMapping.values()) {
    const value = hf.getCellValue(vertex.leftCorner);
    if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
      context.resizeQueue.add(placeKey(vertex.leftCorner));
    }
  }
}

/**
 * Forgets the learned spill sizes of the cells `matches` selects (their content is being replaced).
 *
 * @example
 * forgetLearnedSizes(context, (cell) => cell.sheet === 2);
 */
export function forgetLearnedSizes(
  context: CreditEngineContext,
  matches: (cell: ReturnType<typeof placeOfKey>) => boolean,
): void {
  for (const key of [...context.learnedSizes.keys()]) {
    if (matches(placeOfKey(key.slice(0, key.indexOf("|"))))) context.learnedSizes.delete(key);
  }
}
