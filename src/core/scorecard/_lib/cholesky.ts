/**
 * A pivot smaller than this share of its original diagonal entry means the column is (numerically) a
 * combination of the columns before it — a constant column, or one characteristic repeating another.
 */
const SINGULAR_PIVOT = 1e-10;

/**
 * Cholesky factor L (row-major, lower triangle) of the symmetric positive definite p × p matrix `a` (only its
 * upper triangle, `a[i·p + j]` with j ≥ i, is read), or the index of the first column that makes it singular.
 */
export function cholesky(a: Float64Array, p: number): { factor: Float64Array } | { singularColumn: number } {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const diagonal = a[j * p + j] as number;
    let pivot = diagonal;
    for (let k = 0; k < j; k++) pivot -= (l[j * p + k] as number) ** 2;
    if (!(pivot > SINGULAR_PIVOT * Math.abs(diagonal)) || !(diagonal > 0)) return { singularColumn: j };
    const root = Math.sqrt(pivot);
    l[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let sum = a[j * p + i] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = sum / root;
    }
  }
  return { factor: l };
}

/** Solves L Lᵀ x = b for x, with L from {@link cholesky}. */
export function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * p + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < p; k++) sum -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * p + i] as number);
  }
  return x;
}

/** Diagonal of (L Lᵀ)⁻¹: the variances of the estimates when L Lᵀ is the information matrix. */
export function inverseDiagonal(l: Float64Array, p: number): Float64Array {
  const diagonal = new Float64Array(p);
  const unit = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    unit.fill(0);
    unit[j] = 1;
    diagonal[j] = choleskySolve(l, p, unit)[j] as number;
  }
  return diagonal;
}
