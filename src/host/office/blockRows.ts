/** How many rows one read request may ask for (DESIGN §1: 5,000–20,000 rows, well under 5 MB). */
import { PAYLOAD_BUDGET_BYTES } from "./_lib/payload";

/** Fewest rows a block asks for while the payload allows it. */
export const MIN_BLOCK_ROWS = 5_000;
/** Most rows one request reads or writes. */
export const MAX_BLOCK_ROWS = 20_000;
/** Rows read to estimate the payload of a row before the first block. */
export const SAMPLE_ROWS = 100;
/** Most cells in that sample (a very wide sheet samples fewer rows). */
export const SAMPLE_CELLS = 10_000;
/**
 * Head-room on a measured row size: later rows may carry longer text than the rows measured so
 * far, and an oversized block fails the whole request.
 */
export const ROW_SIZE_SAFETY = 1.5;

/**
 * Rows for the next read block: the requested size clamped to 5,000–20,000, then cut so that the
 * estimated response (bytes per row × safety × rows) stays within the 4 MB budget. The payload
 * wins over the 5,000 floor: a very wide or text-heavy sheet reads in smaller blocks rather than
 * in requests Excel would refuse.
 *
 * @example
 * blockRows(200); // 13333: 4,000,000 / (200 × 1.5)
 * blockRows(20); // 20000: the payload allows more, the cap holds
 * blockRows(20, 1_000); // 5000: a request below the floor is raised to it
 */
export function blockRows(bytesPerRow: number, requested?: number): number {
  const asked =
    requested !== undefined && Number.isFinite(requested) ? Math.floor(requested) : MAX_BLOCK_ROWS;
  const wanted = Math.min(MAX_BLOCK_ROWS, Math.max(MIN_BLOCK_ROWS, asked));
  const perRow = Math.max(1, bytesPerRow * ROW_SIZE_SAFETY);
  return Math.max(1, Math.min(wanted, Math.floor(PAYLOAD_BUDGET_BYTES / perRow)));
}
