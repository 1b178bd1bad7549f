/**
 * Student t critical values for confidence intervals of a mean.
 *
 * The two-sided tail of t with df degrees of freedom is the regularised
 * incomplete beta function (Abramowitz & Stegun 26.7.1, 26.5.27):
 *   P(|T| > t) = I_x(df/2, 1/2),  x = df / (df + t^2).
 * I_x is evaluated by its continued fraction (Numerical Recipes 3rd ed.,
 * 6.4, modified Lentz), and the critical value is found by bisection on t
 * down to the last representable digit, so it is exact to rounding
 * (df = 1 gives tan(pi * 0.475) = 12.7062047, df = 10 gives 2.2281389).
 *
 * Beyond LARGE_DF the continued fraction needs ~sqrt(df) terms, so the value
 * is carried from df = LARGE_DF by the first Cornish-Fisher term
 * (A&S 26.7.5): t(df) = z + (z^3 + z) / (4 df) + O(df^-2). The neglected
 * second-order term is below 3e-12 at df = 1e6.
 */

/** Degrees of freedom above which the Cornish-Fisher continuation is used. */
const LARGE_DF = 1e6;
const MAX_TERMS = 10_000;
const TINY = 1e-300;

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients), |error| < 1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection
  const y = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for I_x(a, b) (NR 6.4.5), converging fast for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const clamp = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-16) return h;
  }
  throw new Error(`incomplete beta: no convergence for a=${a}, b=${b}, x=${x}`);
}

/**
 * log B(a, b). For b = 1/2 and large a, lgamma(a) - lgamma(a + 1/2) cancels
 * (each ~ a log a), so use the asymptotic series (Stirling, see DLMF 5.11.13)
 *   log G(a + 1/2) - log G(a) = log(a)/2 - 1/(8a) + 1/(192a^3) - 1/(640a^5) + 17/(14336a^7).
 */
function logBeta(a: number, b: number): number {
  const halfA = b === 0.5 ? a : a === 0.5 ? b : 0;
  if (halfA < 50) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const r = 1 / halfA;
  const r2 = r * r;
  const ratio = 0.5 * Math.log(halfA) - r / 8 + (r * r2) * (1 / 192 - r2 * (1 / 640 - (r2 * 17) / 14336));
  return 0.5 * Math.log(Math.PI) - ratio; // log G(1/2) = log(pi)/2
}

/** Regularised incomplete beta I_x(a, b), given x, xc = 1 - x and both logarithms. */
function regularisedBeta(a: number, b: number, x: number, xc: number, logX: number, logXc: number): number {
  if (x <= 0) return 0;
  if (xc <= 0) return 1;
  const front = Math.exp(a * logX + b * logXc - logBeta(a, b)); // x^a (1-x)^b / B(a, b)
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, xc)) / b;
}

/** Two-sided tail probability P(|T| > t) of Student's t with df > 0 degrees of freedom. */
export function studentTTail(t: number, df: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  const xc = t2 / (df + t2);
  // log1p keeps (df/2) log x accurate when x is close to 1 (large df).
  return regularisedBeta(df / 2, 0.5, x, xc, -Math.log1p(t2 / df), Math.log(xc));
}

/** Bisection for t with P(|T| > t) = alpha, to the last representable digit. */
function solveCritical(df: number, alpha: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTTail(hi, df) > alpha) hi *= 2;
  for (let i = 0; i < 2_000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (studentTTail(mid, df) > alpha) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Two-sided Student t critical value: the t with P(|T| <= t) = confidence,
 * for df > 0 degrees of freedom (Infinity allowed: the normal value).
 * For a 95% interval of a mean of n values, studentTCritical(n - 1).
 */
export function studentTCritical(df: number, confidence = 0.95): number {
  if (!(df > 0)) throw new RangeError(`studentTCritical: df must be > 0, got ${df}`);
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`studentTCritical: confidence must be in (0, 1), got ${confidence}`);
  }
  const alpha = 1 - confidence;
  if (df <= LARGE_DF) return solveCritical(df, alpha);
  const anchor = solveCritical(LARGE_DF, alpha);
  const g1 = (anchor ** 3 + anchor) / 4; // A&S 26.7.5, first term
  return anchor - g1 * (1 / LARGE_DF - 1 / df);
}
