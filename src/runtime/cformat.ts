/**
 * C's printf conversions %e, %f and %g of doubles, as glibc writes them: from the exact
 * binary value, correctly rounded, ties to even. Used by tostring (%.14g) and string.format.
 *
 * Invariant: JS's toFixed/toExponential are exact but round ties away from zero; every
 * exact tie is detected here and rounded to even instead.
 */

/** C's "%.<p>f" of a finite x >= 0 (no sign). */
export function fixedDigits(x: number, p: number): string {
  if (x >= 1e21) {
    const int = BigInt(x).toString();
    return p > 0 ? int + '.' + '0'.repeat(p) : int;
  }
  let r = x.toFixed(p);
  // An exact tie (x * 10^p ends in .5 exactly) happens iff x * 2^(p+1) is an odd integer.
  const y = x * 2 ** (p + 1);
  if (y % 2 === 1) {
    let down = x.toFixed(p + 1).slice(0, -1);
    if (down.endsWith('.')) down = down.slice(0, -1);
    if ((down.charCodeAt(down.length - 1) - 48) % 2 === 0) r = down;
  }
  return r;
}

/** Whether x * 10^d has a fractional part of exactly one half. */
function isTie(x: number, d: number): boolean {
  if (d >= 0) return (x * 2 ** (d + 1)) % 2 === 1;
  if (!Number.isInteger(x)) return false;
  if (x <= Number.MAX_SAFE_INTEGER) {
    const q = 10 ** -d;
    return x % q === q / 2;
  }
  const q = 10n ** BigInt(-d);
  return BigInt(x) % q === q / 2n;
}

/** C's "%.<p>e" of a finite x >= 0 (no sign): mantissa digits and the exponent. */
export function expParts(x: number, p: number): { mant: string; exp: number } {
  let r = x.toExponential(p);
  if (x !== 0 && p < 100) {
    const s = x.toExponential(p + 1);
    const ePos = s.indexOf('e');
    if (s.charCodeAt(ePos - 1) === 53 /* 5 */) {
      const E = Number(s.slice(ePos + 1));
      if (isTie(x, p - E)) {
        // JS rounded the tie up; C rounds it to even
        let down = s.slice(0, ePos - 1);
        const last = down.charCodeAt(down.length - 1);
        if (last === 46 /* . */) down = down.slice(0, -1);
        if ((down.charCodeAt(down.length - 1) - 48) % 2 === 0) r = down + s.slice(ePos);
      }
    }
  }
  const ePos = r.indexOf('e');
  return { mant: r.slice(0, ePos), exp: Number(r.slice(ePos + 1)) };
}

export function expString(mant: string, exp: number, upper: boolean): string {
  const a = exp < 0 ? -exp : exp;
  return `${mant}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/** C's %e/%f/%g body for a finite x >= 0. */
export function floatBody(x: number, conv: number, prec: number, alt: boolean): string {
  switch (conv) {
    case 102: /* f */ case 70: /* F */ {
      const r = fixedDigits(x, prec);
      return alt && prec === 0 ? r + '.' : r;
    }
    case 101: /* e */ case 69: /* E */ {
      const { mant, exp } = expParts(x, prec);
      return expString(alt && prec === 0 ? mant + '.' : mant, exp, conv === 69);
    }
    default: {
      // %g / %G
      const P = prec === 0 ? 1 : prec;
      let X = 0;
      let e: { mant: string; exp: number } | null = null;
      if (x !== 0) {
        e = expParts(x, P - 1);
        X = e.exp;
      }
      let r: string;
      let isExp = false;
      if (P > X && X >= -4) r = fixedDigits(x, P - 1 - X);
      else {
        r = e!.mant;
        isExp = true;
        // glibc: when rounding carried into a new digit (999.5 -> 1e+03) after it had
        // chosen the 'f' style with no fraction digits, it keeps zero fraction digits
        if (alt && X === P && x < 10 ** P) r = r.charAt(0);
      }
      if (!alt) {
        if (r.includes('.')) {
          let k = r.length;
          while (r.charCodeAt(k - 1) === 48) k--;
          if (r.charCodeAt(k - 1) === 46) k--;
          r = r.slice(0, k);
        }
      } else if (!r.includes('.')) r += '.';
      return isExp ? expString(r, X, conv === 71) : r;
    }
  }
}
