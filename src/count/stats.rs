//! Association statistics for 2×2 contingency tables.

/// Signed log-likelihood G² of a term counted `a` times in a target of `c`
/// tokens and `b` times in a reference of `d` tokens. Positive when the term
/// is relatively more frequent in the target (Rayson & Garside 2000; the sign
/// convention of quanteda's `textstat_keyness`).
pub(crate) fn g2_2x2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let n = c + d;
    if n == 0.0 || a + b == 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / n;
    let e2 = d * (a + b) / n;
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    // The full 2×2 G² also has the cells of "all other tokens".
    let e3 = c * (n - a - b) / n;
    let e4 = d * (n - a - b) / n;
    let g2 = 2.0 * (term(a, e1) + term(b, e2) + term(c - a, e3) + term(d - b, e4));
    if a / c.max(1.0) >= b / d.max(1.0) {
        g2.max(0.0)
    } else {
        -g2.max(0.0)
    }
}

/// Signed Pearson chi² (no continuity correction) of the same table.
pub(crate) fn chi2_2x2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let n = c + d;
    let (ca, db) = (c - a, d - b);
    let denom = (a + b) * (ca + db) * c * d;
    if denom <= 0.0 {
        return 0.0;
    }
    let chi = n * (a * db - b * ca).powi(2) / denom;
    if a / c >= b / d {
        chi
    } else {
        -chi
    }
}

/// Hardie's Log Ratio: log2 of the ratio of relative frequencies, with 0.5
/// added to a zero count so that the effect stays finite.
pub(crate) fn log_ratio(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let a = if a == 0.0 { 0.5 } else { a };
    let b = if b == 0.0 { 0.5 } else { b };
    ((a / c.max(1.0)) / (b / d.max(1.0))).log2()
}

/// Survival function of the chi-square distribution with one degree of
/// freedom: P(X > x) = erfc(sqrt(x / 2)).
pub(crate) fn chi2_sf_1df(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    erfc((x / 2.0).sqrt())
}

/// Complementary error function, |relative error| < 1.2e-7 (Numerical
/// Recipes' Chebyshev fit), enough for p-values.
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // chi2 = 3.841458820694124 ↔ p = 0.05
        assert!((chi2_sf_1df(3.841_458_820_694_124) - 0.05).abs() < 1e-6);
        assert!((chi2_sf_1df(6.634_896_601) - 0.01).abs() < 1e-6);
        // Symmetric tables give zero.
        assert_eq!(g2_2x2(10.0, 10.0, 100.0, 100.0), 0.0);
        assert!(g2_2x2(30.0, 10.0, 1000.0, 1000.0) > 0.0);
        assert!(g2_2x2(10.0, 30.0, 1000.0, 1000.0) < 0.0);
        assert!((log_ratio(20.0, 10.0, 100.0, 100.0) - 1.0).abs() < 1e-12);
        // Dunning's example: a=10, b=0, c=d=1000 → G² ≈ 13.86 (2·10·ln 2 + ...)
        let g = g2_2x2(10.0, 0.0, 1000.0, 1000.0);
        assert!((g - 13.93).abs() < 0.1, "{g}");
        assert!((chi2_2x2(10.0, 0.0, 1000.0, 1000.0) - 10.05).abs() < 0.01);
    }
}
