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
}
