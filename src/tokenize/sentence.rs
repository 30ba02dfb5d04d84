//! Paragraph and sentence boundaries.
//!
//! Paragraphs are separated by blank lines; a text without any blank line is
//! split at single line breaks instead ("auto" mode, which fits both
//! newline-per-paragraph scrapes and blank-line formatted articles).
//!
//! Sentences end at `. ! ? …` (plus the language's extra terminators such as
//! `。！？`), followed by any closing quotes or brackets, then whitespace and a
//! character that is not a lowercase letter. A period does not end a sentence
//! after an abbreviation from the language's resource file, after a single
//! capital letter (an initial), or after an ordinal number in languages that
//! write ordinals with a period. CJK terminators end a sentence with no space
//! after them. Sentences never cross paragraphs.

use crate::lang::LangResource;

/// A span of the original text, in bytes and in characters (Unicode scalar
/// values). Slicing the text at `byte_start..byte_end` gives the span's text;
/// `char_start..char_end` index the same text as a sequence of characters
/// (what Python's `str` indexing uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub byte_start: usize,
    /// Byte offset one past the last byte.
    pub byte_end: usize,
    /// Character offset of the first character.
    pub char_start: usize,
    /// Character offset one past the last character.
    pub char_end: usize,
}

impl Span {
    /// The text this span covers.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.byte_start..self.byte_end]
    }
}

/// Converts increasing byte offsets to char offsets in one forward pass.
pub(crate) struct CharCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCursor<'t> {
    pub fn new(text: &'t str) -> Self {
        CharCursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Char offset of `byte`; `byte` must be a char boundary. Fast when calls
    /// come in increasing order; restarts from 0 otherwise.
    pub fn char_at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }

    pub fn span(&mut self, start: usize, end: usize) -> Span {
        let char_start = self.char_at(start);
        let char_end = self.char_at(end);
        Span {
            byte_start: start,
            byte_end: end,
            char_start,
            char_end,
        }
    }
}

/// Paragraph byte ranges (trimmed, non-empty).
fn paragraph_ranges(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let blank_line_mode = has_blank_line(bytes);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trimmed = seg.trim();
        if !trimmed.is_empty() {
            out.push((s + lead, s + lead + trimmed.len()));
        }
    };
    while let Some(off) = memchr::memchr(b'\n', &bytes[i..]) {
        let nl = i + off;
        if blank_line_mode {
            // Is the next line blank (only spaces/tabs/\r)?
            let mut j = nl + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(&mut out, start, nl);
                // Skip the whole run of blank lines.
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
                    j += 1;
                }
                start = j;
                i = j;
                continue;
            }
            i = nl + 1;
        } else {
            push(&mut out, start, nl);
            start = nl + 1;
            i = nl + 1;
        }
    }
    push(&mut out, start, text.len());
    out
}

fn has_blank_line(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &bytes[i..]) {
        let mut j = i + off + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            return true;
        }
        i = i + off + 1;
    }
    false
}

/// The paragraphs of `text`, in order.
///
/// ```
/// use presslens::tokenize::paragraphs;
/// let text = "First one.\n\nSecond\nstill second.";
/// let p: Vec<_> = paragraphs(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(p, ["First one.", "Second\nstill second."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut cur = CharCursor::new(text);
    paragraph_ranges(text)
        .into_iter()
        .map(|(s, e)| cur.span(s, e))
        .collect()
}

/// The sentences of `text`, in order, each with the index of its paragraph.
///
/// ```
/// use presslens::lang::LangResource;
/// use presslens::tokenize::sentences;
/// let text = "Mr. Smith met Dr. J. Doe in the U.S. capital. «Why?», he asked. Nothing.";
/// let en = LangResource::builtin("en");
/// let s: Vec<_> = sentences(text, en).iter().map(|(s, _)| s.text(text)).collect();
/// assert_eq!(s, ["Mr. Smith met Dr. J. Doe in the U.S. capital.", "«Why?», he asked.", "Nothing."]);
/// ```
pub fn sentences(text: &str, lang: Option<&LangResource>) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    let mut cur = CharCursor::new(text);
    for (p, (ps, pe)) in paragraph_ranges(text).into_iter().enumerate() {
        sentence_ranges(text, ps, pe, lang, |s, e| out.push((cur.span(s, e), p)));
    }
    out
}

#[inline]
fn is_terminator(c: char, lang: Option<&LangResource>) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '．'
    ) || (!c.is_ascii() && lang.is_some_and(|l| l.is_extra_terminator(c)))
}

#[inline]
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．')
}

#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '」'
            | '』'
            | '】'
            | '〉'
            | '》'
            | '）'
            | '〕'
            | '“'
    )
}

pub(crate) fn sentence_ranges(
    text: &str,
    ps: usize,
    pe: usize,
    lang: Option<&LangResource>,
    mut emit: impl FnMut(usize, usize),
) {
    let para = &text[ps..pe];
    let mut start = 0usize;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_terminator(c, lang) {
            continue;
        }
        // A period between digits is a decimal point (3.5, ３．５), not an end.
        if matches!(c, '.' | '．')
            && para[..i].chars().next_back().is_some_and(char::is_numeric)
            && it.peek().is_some_and(|&(_, d)| d.is_numeric())
        {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut cjk = is_cjk_terminator(c);
        let mut period_only = c == '.';
        let mut closed = false;
        while let Some(&(j, d)) = it.peek() {
            if is_terminator(d, lang) || is_closer(d) {
                closed |= is_closer(d);
                if is_terminator(d, lang) {
                    period_only &= d == '.';
                    cjk |= is_cjk_terminator(d);
                }
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        let rest = &para[end..];
        let next_non_space = rest.trim_start().chars().next();
        let followed_by_space = rest.starts_with(char::is_whitespace);
        let boundary = match next_non_space {
            None => true,
            // 「…？」と言った: a quotative particle right after the closing
            // quote continues the sentence.
            Some(_) if cjk => !(closed && rest.starts_with(['と', 'っ'])),
            Some(_) if !followed_by_space => false,
            Some(n) if n.is_lowercase() => false,
            Some(n) if period_only && c == '.' => !no_break_after_period(&para[start..i], n, lang),
            Some(_) => true,
        };
        if boundary {
            let seg = &para[start..end];
            let lead = seg.len() - seg.trim_start().len();
            if !seg.trim().is_empty() {
                emit(ps + start + lead, ps + end);
            }
            start = end;
        }
    }
    let seg = &para[start..];
    if !seg.trim().is_empty() {
        let lead = seg.len() - seg.trim_start().len();
        emit(ps + start + lead, ps + start + lead + seg.trim().len());
    }
}

/// True when the period after `before` (the sentence so far) does not end
/// the sentence: abbreviations, initials, ordinals.
fn no_break_after_period(before: &str, next: char, lang: Option<&LangResource>) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '«' | '“' | '„' | '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let first = word.chars().next().unwrap_or(' ');
    let single = word.chars().nth(1).is_none();
    // A single capital letter is an initial (J. Doe), unless it is the only
    // thing in the sentence so far; so are dotted initials (H.W. Bush).
    if single && first.is_uppercase() && word_start > 0 {
        return true;
    }
    if word_start > 0
        && word.contains('.')
        && word.split('.').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
    {
        return true;
    }
    // A single lowercase letter after a number or before one is a unit or
    // year abbreviation (2023 г., V r. 2023), not the end of a sentence.
    if single && first.is_lowercase() {
        let before_word = before[..word_start].trim_end();
        if next.is_numeric()
            || before_word
                .chars()
                .next_back()
                .is_some_and(char::is_numeric)
        {
            return true;
        }
    }
    if let Some(l) = lang {
        if l.is_abbreviation(word) {
            return true;
        }
        if l.ordinal_period
            && word.len() <= 2
            && word.bytes().all(|b| b.is_ascii_digit())
            && !next.is_ascii_digit()
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split<'t>(text: &'t str, lang: &str) -> Vec<&'t str> {
        sentences(text, LangResource::builtin(lang))
            .iter()
            .map(|(s, _)| s.text(text))
            .collect()
    }

    #[test]
    fn italian_seed() {
        let t = "\"Perché no, sono i nostri vicini.\", ha detto ieri il ministro. Il sig. Rossi è d'accordo.\n\nSecondo il New York Times, Kim partirà.";
        assert_eq!(
            split(t, "it"),
            [
                "\"Perché no, sono i nostri vicini.\", ha detto ieri il ministro.",
                "Il sig. Rossi è d'accordo.",
                "Secondo il New York Times, Kim partirà."
            ]
        );
    }

    #[test]
    fn cjk_and_paragraph_indices() {
        let t = "金正恩は述べた。「協力する」と話した。\n次の段落。";
        let s = sentences(t, LangResource::builtin("ja"));
        let texts: Vec<_> = s.iter().map(|(s, p)| (s.text(t), *p)).collect();
        assert_eq!(
            texts,
            [
                ("金正恩は述べた。", 0),
                ("「協力する」と話した。", 0),
                ("次の段落。", 1)
            ]
        );
        assert_eq!(s[1].0.char_start, 8);
    }

    #[test]
    fn german_ordinal() {
        assert_eq!(
            split("Am 3. Oktober kam er. Dann ging er.", "de"),
            ["Am 3. Oktober kam er.", "Dann ging er."]
        );
    }
}
