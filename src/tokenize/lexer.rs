//! The word scanner: splits text into word-like tokens with byte and char
//! offsets into the original text.
//!
//! Space-delimited scripts are scanned by hand (one pass over `char_indices`,
//! no allocation). Runs of Han, Kana, Thai, Lao, Khmer and Myanmar characters
//! are handed to ICU4X's dictionary/LSTM word segmenter. The scanner never
//! rewrites text: it only reports spans.

use std::sync::LazyLock;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

use crate::lang::LangResource;

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with digits, inner hyphens and apostrophes): `Putin`, `COVID-19`, `don't`.
    Word,
    /// A word from a script without spaces (Chinese, Japanese, Thai, ...),
    /// found by dictionary segmentation.
    CjkWord,
    /// Digits with inner `.` or `,`: `2023`, `3.5`, `1,000`.
    Number,
    /// `http://...`, `https://...`, `www....`.
    Url,
    /// `name@example.org`.
    Email,
    /// `#hashtag`.
    Hashtag,
    /// `@handle`.
    Mention,
}

impl TokenKind {
    /// Lowercase name used in frames (`"word"`, `"cjk_word"`, `"number"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::CjkWord => "cjk_word",
            TokenKind::Number => "number",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
        }
    }
}

/// A token span found by the scanner, before normalization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub byte_start: usize,
    pub byte_end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub kind: TokenKind,
}

static SEGMENTER: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// True for characters of scripts written without spaces between words,
/// which need dictionary segmentation.
#[inline]
pub(crate) fn is_complex(c: char) -> bool {
    let u = c as u32;
    if u < 0x0E00 {
        return false;
    }
    matches!(u,
        0x0E00..=0x0EFF          // Thai, Lao
        | 0x1000..=0x109F        // Myanmar
        | 0x1780..=0x17FF        // Khmer
        | 0x3005..=0x3007        // 々 〆 〇
        | 0x3040..=0x309F        // Hiragana
        | 0x30A0..=0x30FA        // Katakana (without the middle dot ・)
        | 0x30FC..=0x30FF
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF        // CJK extension A
        | 0x4E00..=0x9FFF        // CJK unified ideographs
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F        // halfwidth Katakana
        | 0x20000..=0x2FA1F)
}

/// Letters of the common alphabetic blocks (Latin-1 and Latin Extended,
/// Greek, Cyrillic, Hebrew, Arabic, Devanagari, Hangul syllables). PERF: a
/// range test instead of Unicode's property tables for most non-ASCII text.
/// The ranges hold assigned letters only (no digits), plus, for Arabic and
/// Devanagari, the combining marks written inside words, which a word
/// continues over in any case.
#[inline]
fn is_common_letter(c: char) -> bool {
    matches!(c as u32,
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F
        | 0x386 | 0x388..=0x38A | 0x38C | 0x38E..=0x3A1 | 0x3A3..=0x3F5 | 0x3F7..=0x3FF
        | 0x400..=0x481 | 0x48A..=0x52F
        | 0x5D0..=0x5EA
        | 0x620..=0x65F | 0x66E..=0x6D3
        | 0x900..=0x963 | 0x971..=0x97F
        | 0xAC00..=0xD7A3)
}

/// `char::is_alphanumeric`, with the common blocks answered by ranges.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_common_letter(c) || c.is_alphanumeric()
    }
}

/// `char::is_numeric`, with ASCII and the common letter blocks answered
/// without the tables.
#[inline]
fn is_num(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        !is_common_letter(c) && c.is_numeric()
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_common_letter(c) || ((c.is_alphanumeric() || is_mark(c)) && !is_complex(c))
}

#[inline]
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{200D}'
}

#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Scans `text` and calls `emit` for every token, in text order.
pub(crate) fn scan(
    text: &str,
    lang: Option<&LangResource>,
    elision: bool,
    mut emit: impl FnMut(RawToken),
) {
    let has_at = memchr::memchr(b'@', text.as_bytes()).is_some();
    let mut it = text.char_indices();
    let mut ci = 0usize; // char index of the next char `it` yields
    while let Some((b, c)) = it.next() {
        let cidx = ci;
        ci += 1;
        if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                if (c == '#' || c == '@') && starts_word(&text[b + 1..]) {
                    // Hashtag or mention: the sigil plus following word chars and '_'.
                    let (end_b, n) = take_while(&text[b + 1..], |ch| {
                        is_word_char(ch) || ch == '_' || is_complex(ch)
                    });
                    let kind = if c == '#' {
                        TokenKind::Hashtag
                    } else {
                        TokenKind::Mention
                    };
                    // Not a mention when glued to a preceding word (e-mail handled below).
                    let glued = b > 0 && is_word_char(prev_char(text, b));
                    if !glued {
                        emit(RawToken {
                            byte_start: b,
                            byte_end: b + 1 + end_b,
                            char_start: cidx,
                            char_end: cidx + 1 + n,
                            kind,
                        });
                        advance(&mut it, n);
                        ci += n;
                    }
                }
                continue;
            }
        } else if is_complex(c) {
            let start_b = b;
            let mut end_b = b + c.len_utf8();
            let look = it.clone();
            for (b2, c2) in look {
                if is_complex(c2) || is_mark(c2) {
                    end_b = b2 + c2.len_utf8();
                    it.next();
                    ci += 1;
                } else {
                    break;
                }
            }
            segment_complex(&text[start_b..end_b], start_b, cidx, &mut emit);
            continue;
        } else if !is_alnum(c) {
            continue;
        }
        // A word, number, URL or e-mail starting at b.
        let rest = &text[b..];
        if has_at {
            if let Some(len) = email_len(rest) {
                let n = rest[..len].chars().count();
                emit(RawToken {
                    byte_start: b,
                    byte_end: b + len,
                    char_start: cidx,
                    char_end: cidx + n,
                    kind: TokenKind::Email,
                });
                advance(&mut it, n - 1);
                ci += n - 1;
                continue;
            }
        }
        if let Some(len) = url_len(rest) {
            let n = rest[..len].chars().count();
            emit(RawToken {
                byte_start: b,
                byte_end: b + len,
                char_start: cidx,
                char_end: cidx + n,
                kind: TokenKind::Url,
            });
            advance(&mut it, n - 1);
            ci += n - 1;
            continue;
        }
        let mut end_b = b + c.len_utf8();
        let mut end_c = cidx + 1;
        let mut all_digits = is_num(c);
        let mut seg_len = 1usize; // letters since the last '.'
        let mut dotted = false;
        // Whether an apostrophe or hyphen was joined: only then can the
        // word carry an elision, a possessive or an enclitic.
        let mut joined_clitic = false;
        loop {
            let mut look = it.clone();
            let Some((_, c2)) = look.next() else { break };
            if is_word_char(c2) {
                it.next();
                ci += 1;
                end_b += c2.len_utf8();
                end_c += 1;
                all_digits = all_digits && is_num(c2);
                seg_len += 1;
                continue;
            }
            let next = look.next().map(|(_, c3)| c3);
            let prev = prev_char(text, end_b);
            let joins = match (c2, next) {
                (_, None) => false,
                // Inner hyphens join words and codes (Jong-un, COVID-19, S-400),
                // but not number ranges (2019-2020).
                (h, Some(n)) if is_hyphen(h) => is_word_char(n) && !(all_digits && n.is_numeric()),
                (a, Some(n)) if is_apostrophe(a) => {
                    prev.is_alphabetic() && n.is_alphabetic() && !is_complex(n)
                }
                // Decimal and thousands separators (3.5, 1,000, 10 000 with a
                // no-break space, full-width ３．５).
                ('.' | ',' | '．' | '，', Some(n)) if all_digits && n.is_numeric() => true,
                ('\u{00A0}' | '\u{202F}' | '\u{2009}', Some(n))
                    if all_digits && n.is_ascii_digit() =>
                {
                    digit_group_follows(&text[end_b + c2.len_utf8()..], 3)
                }
                // Clock times (10:30).
                (':', Some(n)) if all_digits && seg_len <= 2 && n.is_ascii_digit() => {
                    digit_group_follows(&text[end_b + 1..], 2)
                }
                // Dotted abbreviations and acronyms: short letter groups
                // separated by periods (U.S., EE.UU., p.ex., т.зв.), or a dotted
                // form listed in the language's abbreviations (sig.ra).
                ('.', Some(n)) if prev.is_alphabetic() && n.is_alphabetic() && !is_complex(n) => {
                    let after = &text[end_b + 1..];
                    let (m_bytes, m) =
                        take_while(after, |ch| ch.is_alphabetic() && !is_complex(ch));
                    let dotted_next = after[m_bytes..].starts_with('.');
                    (seg_len <= 3 && m <= 3 && dotted_next)
                        || lang.is_some_and(|l| l.is_abbreviation(&text[b..end_b + 1 + m_bytes]))
                }
                _ => false,
            };
            if !joins {
                // A final period of a dotted acronym belongs to it (U.S.).
                if c2 == '.' && dotted && seg_len <= 3 {
                    it.next();
                    ci += 1;
                    end_b += 1;
                    end_c += 1;
                }
                break;
            }
            if c2 == '.' && !all_digits {
                dotted = true;
            }
            joined_clitic |= is_apostrophe(c2) || is_hyphen(c2);
            it.next();
            ci += 1;
            end_b += c2.len_utf8();
            end_c += 1;
            seg_len = 0;
        }
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let tok = RawToken {
            byte_start: b,
            byte_end: end_b,
            char_start: cidx,
            char_end: end_c,
            kind,
        };
        if kind == TokenKind::Word && elision {
            if joined_clitic {
                split_clitics(text, tok, lang, &mut emit);
            } else {
                emit(tok);
            }
        } else {
            emit(tok);
        }
    }
}

/// Applies elision (`l'agenzia` → `agenzia`) and possessive stripping
/// (`Putin's` → `Putin`) to a word token.
fn split_clitics(
    text: &str,
    mut tok: RawToken,
    lang: Option<&LangResource>,
    emit: &mut impl FnMut(RawToken),
) {
    let Some(lang) = lang else {
        emit(tok);
        return;
    };
    let has_apostrophe = text[tok.byte_start..tok.byte_end].contains(is_apostrophe);
    // Elided prefixes, possibly several (dell'un'altra is rare; loop anyway).
    while has_apostrophe && tok.byte_start < tok.byte_end {
        let word = &text[tok.byte_start..tok.byte_end];
        let Some((i, a)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) else {
            break;
        };
        let prefix = &word[..i];
        if prefix.chars().count() <= 7 && lang.is_elision(&prefix.to_lowercase()) {
            let skip_chars = prefix.chars().count() + 1;
            tok.byte_start += i + a.len_utf8();
            tok.char_start += skip_chars;
        } else {
            break;
        }
    }
    // Possessive suffix after the last apostrophe.
    let word = &text[tok.byte_start..tok.byte_end];
    let last_apostrophe = if has_apostrophe {
        word.char_indices().rev().find(|&(_, c)| is_apostrophe(c))
    } else {
        None
    };
    if let Some((i, a)) = last_apostrophe {
        let suffix = &word[i + a.len_utf8()..];
        if lang
            .possessive_suffixes
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix))
        {
            let cut = suffix.chars().count() + 1;
            tok.byte_end = tok.byte_start + i;
            tok.char_end -= cut;
        }
    }
    if tok.byte_end <= tok.byte_start {
        return;
    }
    // Enclitic pronouns after hyphens (a-t-il, disse-lhe).
    let word = &text[tok.byte_start..tok.byte_end];
    if !lang.enclitics.is_empty() && word.contains(is_hyphen) {
        let mut parts: Vec<(usize, usize)> = Vec::new(); // byte ranges within word
        let mut start = 0;
        for (i, c) in word.char_indices() {
            if is_hyphen(c) {
                parts.push((start, i));
                start = i + c.len_utf8();
            }
        }
        parts.push((start, word.len()));
        let lower = |r: (usize, usize)| word[r.0..r.1].to_lowercase();
        let mut k = parts.len();
        while k > 1 {
            let part = lower(parts[k - 1]);
            let euphonic_t = part == "t" && k < parts.len();
            if lang.is_enclitic(&part) || euphonic_t {
                k -= 1;
            } else {
                break;
            }
        }
        if k < parts.len() {
            let at = |r: (usize, usize)| RawToken {
                byte_start: tok.byte_start + r.0,
                byte_end: tok.byte_start + r.1,
                char_start: tok.char_start + word[..r.0].chars().count(),
                char_end: tok.char_start + word[..r.1].chars().count(),
                kind: TokenKind::Word,
            };
            emit(at((0, parts[k - 1].1)));
            for &r in &parts[k..] {
                if lower(r) != "t" {
                    emit(at(r));
                }
            }
            return;
        }
    }
    emit(tok);
}

fn segment_complex(run: &str, byte_off: usize, char_off: usize, emit: &mut impl FnMut(RawToken)) {
    let mut iter = SEGMENTER.segment_str(run);
    let mut prev = 0usize;
    let mut prev_c = char_off;
    // The first boundary is 0.
    let _ = iter.next();
    while let Some(bp) = iter.next() {
        let seg = &run[prev..bp];
        let n = seg.chars().count();
        if iter.is_word_like() {
            emit(RawToken {
                byte_start: byte_off + prev,
                byte_end: byte_off + bp,
                char_start: prev_c,
                char_end: prev_c + n,
                kind: TokenKind::CjkWord,
            });
        }
        prev = bp;
        prev_c += n;
    }
}

#[inline]
fn advance(it: &mut std::str::CharIndices<'_>, n: usize) {
    for _ in 0..n {
        it.next();
    }
}

#[inline]
fn prev_char(text: &str, byte: usize) -> char {
    text[..byte].chars().next_back().unwrap_or(' ')
}

fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphabetic)
}

/// Byte length and char count of the longest prefix whose chars satisfy `f`.
fn take_while(s: &str, f: impl Fn(char) -> bool) -> (usize, usize) {
    let mut len = 0;
    let mut n = 0;
    for c in s.chars() {
        if !f(c) {
            break;
        }
        len += c.len_utf8();
        n += 1;
    }
    (len, n)
}

/// Length of a URL at the start of `s`, if one starts there.
fn url_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let lower_starts = |p: &[u8]| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    let scheme = if lower_starts(b"https://") {
        8
    } else if lower_starts(b"http://") {
        7
    } else if lower_starts(b"www.") {
        4
    } else {
        return None;
    };
    let mut end = scheme;
    for (i, c) in s[scheme..].char_indices() {
        if c.is_whitespace()
            || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”' | '「' | '」')
            || is_complex(c)
            || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20)
        {
            break;
        }
        end = scheme + i + c.len_utf8();
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    // Counted once so that trimming stays linear on adversarial input.
    let mut url = &s[..end];
    let mut open = url.matches('(').count();
    let mut close = url.matches(')').count();
    while let Some(last) = url.chars().next_back() {
        let unbalanced_paren = last == ')' && open < close;
        let trailing = matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ']' | '}'
        );
        if !(trailing || unbalanced_paren) {
            break;
        }
        close -= usize::from(last == ')');
        open -= usize::from(last == '(');
        url = &url[..url.len() - last.len_utf8()];
    }
    (url.len() > scheme).then_some(url.len())
}

/// True when `s` starts with exactly `n` ASCII digits (not followed by another digit).
fn digit_group_follows(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    b.len() >= n
        && b[..n].iter().all(u8::is_ascii_digit)
        && !b.get(n).is_some_and(u8::is_ascii_digit)
}

/// Length of an e-mail address at the start of `s`, if one starts there.
fn email_len(s: &str) -> Option<usize> {
    let (local, _) = take_while(s, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-')
    });
    if local == 0 || s.as_bytes().get(local) != Some(&b'@') || s[..local].ends_with('.') {
        return None;
    }
    domain_len(&s[local + 1..]).map(|d| local + 1 + d)
}

/// Length of an e-mail domain (`example.org`) at the start of `s`.
fn domain_len(s: &str) -> Option<usize> {
    let (mut len, _) = take_while(s, |c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    while s[..len].ends_with(['.', '-']) {
        len -= 1;
    }
    let d = &s[..len];
    (d.contains('.') && !d.starts_with('.') && d.split('.').all(|p| !p.is_empty())).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'t>(text: &'t str, lang: Option<&str>) -> Vec<(&'t str, TokenKind)> {
        let lang = lang.and_then(LangResource::builtin);
        let mut out = vec![];
        scan(text, lang, true, |t| {
            assert_eq!(text[..t.byte_start].chars().count(), t.char_start);
            assert_eq!(text[..t.byte_end].chars().count(), t.char_end);
            out.push((&text[t.byte_start..t.byte_end], t.kind));
        });
        out
    }

    #[test]
    fn latin() {
        let w: Vec<_> = words(
            "Kim Jong-un met Putin's aide in the U.S. on 13.09.2023, paying $1,000.50!",
            Some("en"),
        )
        .into_iter()
        .map(|(w, _)| w)
        .collect();
        assert_eq!(
            w,
            [
                "Kim",
                "Jong-un",
                "met",
                "Putin",
                "aide",
                "in",
                "the",
                "U.S.",
                "on",
                "13.09.2023",
                "paying",
                "1,000.50"
            ]
        );
    }

    #[test]
    fn elision_and_specials() {
        let w = words(
            "L'agenzia dell'Onu: see https://example.org/a_(b). Mail a.b@x.org #Pace @ansa",
            Some("it"),
        );
        let s: Vec<_> = w.iter().map(|(w, _)| *w).collect();
        assert_eq!(
            s,
            [
                "agenzia",
                "Onu",
                "see",
                "https://example.org/a_(b)",
                "Mail",
                "a.b@x.org",
                "#Pace",
                "@ansa"
            ]
        );
        assert_eq!(w[3].1, TokenKind::Url);
        assert_eq!(w[5].1, TokenKind::Email);
    }

    #[test]
    fn cjk() {
        let w: Vec<_> = words(
            "北京市長は「こんにちは世界」と述べた。ทุกสองสัปดาห์ AI",
            Some("ja"),
        )
        .into_iter()
        .map(|(w, _)| w)
        .collect();
        assert!(w.contains(&"こんにちは"));
        assert!(w.contains(&"AI"));
        assert_eq!(w.concat().chars().filter(|c| *c == '界').count(), 1);
    }
}
