/**
 * Adjacent merging of ordered items (the distinct values of a numeric characteristic, or the levels of a
 * categorical one in order of bad rate) into bins. A block covers the items `first` to `last`; merging two
 * adjacent blocks keeps the order, and a merged block's bad rate lies between its parts' — so merging never
 * breaks a monotonic order of bad rates.
 */
export interface Block {
  first: number;
  last: number;
  rows: number;
  bads: number;
}

/** Smallest bin a binning accepts: rows and bads are the minimum counts (bads at least 1). */
export interface BinMinimums {
  readonly rows: number;
  readonly bads: number;
}

const rate = (b: Block): number => b.bads / b.rows;

function merged(a: Block, b: Block): Block {
  return { first: a.first, last: b.last, rows: a.rows + b.rows, bads: a.bads + b.bads };
}

/**
 * Pool-adjacent-violators: the coarsest merge of `blocks` whose bad rates rise strictly (`increasing`) or
 * fall strictly along the order. Rates are compared as cross products of whole counts, so ties are exact.
 */
export function poolAdjacentViolators(blocks: readonly Block[], increasing: boolean): Block[] {
  const stack: Block[] = [];
  for (const block of blocks) {
    let current = block;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const topBadsTimesRows = top.bads * current.rows;
      const currentBadsTimesRows = current.bads * top.rows;
      const inOrder = increasing
        ? topBadsTimesRows < currentBadsTimesRows
        : topBadsTimesRows > currentBadsTimesRows;
      if (inOrder) break;
      stack.pop();
      current = merged(top, current);
    }
    stack.push(current);
  }
  return stack;
}

function tooSmall(b: Block, minimums: BinMinimums): boolean {
  return b.rows < minimums.rows || b.bads < minimums.bads || b.bads === b.rows;
}

/**
 * Merges blocks until each has the minimum rows, the minimum bads and at least one good (so no bin needs the
 * zero-cell adjustment). The smallest offending block goes first, into whichever neighbour has the closer bad
 * rate — the merge that changes the risk picture least.
 */
export function enforceMinimums(blocks: readonly Block[], minimums: BinMinimums): Block[] {
  const out = [...blocks];
  while (out.length > 1) {
    let worst = -1;
    for (let i = 0; i < out.length; i++) {
      const b = out[i] as Block;
      if (tooSmall(b, minimums) && (worst < 0 || b.rows < (out[worst] as Block).rows)) worst = i;
    }
    if (worst < 0) break;
    mergeWithCloserNeighbour(out, worst);
  }
  return out;
}

/** Merges the two adjacent blocks closest in bad rate until at most `maxBins` remain. */
export function capBins(blocks: readonly Block[], maxBins: number): Block[] {
  const out = [...blocks];
  while (out.length > Math.max(1, maxBins)) {
    let best = 0;
    let bestGap = Infinity;
    for (let i = 0; i + 1 < out.length; i++) {
      const gap = Math.abs(rate(out[i] as Block) - rate(out[i + 1] as Block));
      if (gap < bestGap) {
        bestGap = gap;
        best = i;
      }
    }
    out.splice(best, 2, merged(out[best] as Block, out[best + 1] as Block));
  }
  return out;
}

function mergeWithCloserNeighbour(blocks: Block[], index: number): void {
  const block = blocks[index] as Block;
  const left = blocks[index - 1];
  const right = blocks[index + 1];
  const leftGap = left ? Math.abs(rate(left) - rate(block)) : Infinity;
  const rightGap = right ? Math.abs(rate(right) - rate(block)) : Infinity;
  if (left && leftGap <= rightGap) blocks.splice(index - 1, 2, merged(left, block));
  else if (right) blocks.splice(index, 2, merged(block, right));
}
