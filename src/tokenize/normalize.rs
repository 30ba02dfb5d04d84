//! Term normalization: turns a token's surface into the term that is counted.
//!
//! Normalization is lossy by design and never touches offsets: the token keeps
//! the span of its surface in the original text, and the normalized term is a
//! separate string.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::lexer::is_apostrophe;

/// Unicode normalization form applied to terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Normalization {
    /// Leave code points as they are.
    None,
    /// Canonical composition (NFC).
    Nfc,
    /// Compatibility composition (NFKC): full-width Latin and digits become
    /// ASCII, ligatures split, etc. The default.
    #[default]
    Nfkc,
}

impl Normalization {
    /// Parses `"none"`, `"nfc"` or `"nfkc"`.
    pub fn from_name(name: &str) -> Option<Normalization> {
        Some(match name.to_ascii_lowercase().as_str() {
            "none" => Normalization::None,
            "nfc" => Normalization::Nfc,
            "nfkc" => Normalization::Nfkc,
            _ => return None,
        })
    }
}

/// The normalization steps, in the order they run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Normalizer {
    pub form: Normalization,
    pub lowercase: bool,
    pub strip_accents: bool,
}

impl Normalizer {
    /// Writes the normalized form of `surface` into `out` (cleared first).
    pub fn normalize_into(&self, surface: &str, out: &mut String) {
        out.clear();
        if surface.is_ascii() {
            out.push_str(surface);
            if self.lowercase {
                out.make_ascii_lowercase();
            }
            return;
        }
        if !self.strip_accents && self.fast_path(surface, out) {
            return;
        }
        out.clear();
        self.slow(surface, out);
    }

    /// The general path for non-ASCII text: normalization form, then
    /// lowercase, then accent stripping.
    fn slow(&self, surface: &str, out: &mut String) {
        let needs_form = match self.form {
            Normalization::None => false,
            Normalization::Nfc => {
                unicode_normalization::is_nfc_quick(surface.chars()) != IsNormalized::Yes
            }
            Normalization::Nfkc => is_nfkc_quick(surface.chars()) != IsNormalized::Yes,
        };
        let mut push = |c: char| {
            let c = if is_apostrophe(c) {
                '\''
            } else if matches!(c, '\u{2010}' | '\u{2011}') {
                '-'
            } else {
                c
            };
            if self.lowercase {
                // PERF: arithmetic lowercase for Latin-1 and basic Cyrillic
                // capitals; the general case searches Unicode's tables.
                match c as u32 {
                    0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => {
                        out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c))
                    }
                    0x400..=0x40F => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
                    _ if c.is_lowercase() => out.push(c),
                    _ => out.extend(c.to_lowercase()),
                }
            } else {
                out.push(c);
            }
        };
        if needs_form {
            match self.form {
                Normalization::Nfkc => surface.nfkc().for_each(&mut push),
                _ => surface.nfc().for_each(&mut push),
            }
        } else {
            surface.chars().for_each(&mut push);
        }
        if self.strip_accents && !out.is_ascii() {
            let stripped: String = out.nfd().filter(|c| !is_combining_mark(*c)).nfc().collect();
            *out = stripped;
        }
    }
}

/// True for characters that every normalization form leaves alone and whose
/// lowercase is themselves or one arithmetic step away: most letters of Latin
/// with diacritics, Cyrillic, CJK ideographs, kana and Hangul syllables.
/// Characters outside these ranges take the general path.
#[inline]
fn lower_fast(c: char) -> Option<char> {
    let u = c as u32;
    Some(match u {
        // Latin-1 capitals and small letters (× and ÷ are not letters but
        // are stable too).
        0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(u + 0x20)?,
        0xD7 | 0xDF..=0xFF => c,
        0x400..=0x40F => char::from_u32(u + 0x50)?,
        0x410..=0x42F => char::from_u32(u + 0x20)?,
        0x430..=0x45F => c,
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => c,
        _ => return None,
    })
}

impl Normalizer {
    /// Normalizes `surface` when every character has a known stable form;
    /// returns false (leaving `out` in any state) otherwise.
    #[inline]
    fn fast_path(&self, surface: &str, out: &mut String) -> bool {
        if self.form == Normalization::None && !self.lowercase {
            return false;
        }
        for c in surface.chars() {
            let d = if c.is_ascii() {
                if self.lowercase {
                    c.to_ascii_lowercase()
                } else {
                    c
                }
            } else {
                match lower_fast(c) {
                    Some(l) if self.lowercase => l,
                    Some(_) => c,
                    None => return false,
                }
            };
            out.push(d);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let n = Normalizer {
            form: Normalization::Nfkc,
            lowercase: true,
            strip_accents: true,
        };
        let mut s = String::new();
        n.normalize_into("Ｃａｆé’s", &mut s);
        assert_eq!(s, "cafe's");
        n.normalize_into("ПУТИН", &mut s);
        assert_eq!(s, "путин");
        let keep = Normalizer {
            form: Normalization::None,
            lowercase: false,
            strip_accents: false,
        };
        keep.normalize_into("Ｃａｆé", &mut s);
        assert_eq!(s, "Ｃａｆé");
    }

    /// The fast path must agree with the general one on every character it
    /// accepts, for every combination of options.
    #[test]
    fn fast_path_matches_general() {
        let ranges = [
            (0xA0u32, 0x500u32),
            (0x3040, 0x3100),
            (0x4E00, 0x4F00),
            (0xAC00, 0xAD00),
        ];
        for form in [Normalization::None, Normalization::Nfc, Normalization::Nfkc] {
            for lowercase in [false, true] {
                let n = Normalizer {
                    form,
                    lowercase,
                    strip_accents: true,
                };
                let fast = Normalizer {
                    strip_accents: false,
                    ..n
                };
                let (mut a, mut b) = (String::new(), String::new());
                for &(lo, hi) in &ranges {
                    for u in lo..hi {
                        let Some(c) = char::from_u32(u) else { continue };
                        let w = format!("A{c}z");
                        if fast.fast_path(&w, &mut a) {
                            // The general path, forced by strip_accents=false
                            // through the slow branch.
                            b.clear();
                            let general = Normalizer {
                                strip_accents: false,
                                ..n
                            };
                            general.slow(&w, &mut b);
                            assert_eq!(a, b, "U+{u:04X} {form:?} lowercase={lowercase}");
                        }
                        a.clear();
                    }
                }
            }
        }
    }
}
