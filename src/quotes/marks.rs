//! Quotation marks: which marks open and close which spans.
//!
//! One forward scan over the text with a small stack of open marks. A mark
//! closes the innermost open span it can close (or a deeper one, closing
//! the spans above it); otherwise it opens a span when its left context
//! allows it (start of text, space, bracket, dash or another opening mark).
//! Only outermost spans are returned. The stack is bounded, so the scan is
//! linear whatever the marks: unbalanced or adversarial input never costs
//! more than one pass.
//!
//! Paragraphs bound every span: a span still open at the end of a paragraph
//! continues into the next paragraph when that paragraph starts with an
//! opening mark of the same family (the convention for quotations running
//! over several paragraphs); otherwise it ends at the end of its paragraph
//! and is marked `unclosed`.

use crate::tokenize::Span;

/// Deepest nesting followed; deeper opening marks are ignored.
const MAX_DEPTH: usize = 6;

/// A top-level quotation-mark span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the opening mark.
    pub inner_start: usize,
    /// Byte offset of the closing mark (or of the paragraph end).
    pub inner_end: usize,
    /// Byte offset just after the closing mark.
    pub close: usize,
    /// No closing mark was found before the end of the paragraph.
    pub unclosed: bool,
}

/// Whether `c` is a quotation mark this scanner knows.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{201A}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{300C}'
            | '\u{300D}'
            | '\u{300E}'
            | '\u{300F}'
            | '\u{FF02}'
    )
}

/// Can `close` close a span opened by `open`?
fn closes(open: char, close: char) -> bool {
    match open {
        '"' | '\u{FF02}' => matches!(close, '"' | '\u{FF02}' | '\u{201D}' | '\u{201C}'),
        '\u{201C}' => matches!(close, '\u{201D}' | '\u{201C}' | '"'),
        '\u{201D}' => matches!(close, '\u{201D}'),
        '\u{201E}' | '\u{201F}' => matches!(close, '\u{201C}' | '\u{201D}' | '"'),
        '\u{00AB}' => close == '\u{00BB}',
        '\u{00BB}' => matches!(close, '\u{00AB}' | '\u{00BB}'),
        '\u{2039}' => close == '\u{203A}',
        '\u{203A}' => matches!(close, '\u{2039}' | '\u{203A}'),
        '\u{201A}' => matches!(close, '\u{2018}' | '\u{2019}'),
        '\u{2018}' => close == '\u{2019}',
        '\u{300C}' => close == '\u{300D}',
        '\u{300E}' => close == '\u{300F}',
        _ => false,
    }
}

/// Can `c` open a span, given the characters before and after it?
fn opens(c: char, before: Option<char>, after: Option<char>) -> bool {
    let left_ok = before.is_none_or(|b| {
        b.is_whitespace()
            || matches!(
                b,
                '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | ':' | '/' | '：' | '，' | '、' | '。' | '（'
            )
            || (is_mark(b) && b != c)
            // Chinese and Japanese write no space before a quotation.
            || matches!(b as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF)
    });
    let right_ok =
        after.is_some_and(|a| !a.is_whitespace() || matches!(c, '\u{00AB}' | '\u{2039}'));
    match c {
        // CJK brackets always open.
        '\u{300C}' | '\u{300E}' => true,
        // Marks that only ever open.
        '\u{201E}' | '\u{201F}' | '\u{201A}' | '\u{00AB}' | '\u{2039}' => right_ok,
        // A right single quote is an apostrophe unless it stands alone.
        '\u{2019}' => false,
        // Before a digit it stands for the century ("in ‘08").
        '\u{2018}' => left_ok && right_ok && !after.is_some_and(|a| a.is_ascii_digit()),
        // Ambiguous marks (“ ” " » ›): open after a space or at the start.
        _ => left_ok && right_ok,
    }
}

/// The same family of marks, for quotations continued over paragraphs.
fn family(c: char) -> u8 {
    match c {
        '"' | '\u{FF02}' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => 0,
        '\u{00AB}' | '\u{00BB}' => 1,
        '\u{2039}' | '\u{203A}' | '\u{201A}' | '\u{2018}' => 2,
        '\u{300C}' | '\u{300E}' => 3,
        _ => 4,
    }
}

/// The top-level quotation spans of `text`, in text order; `paragraphs` are
/// the paragraph spans of the text (in order, not overlapping).
pub(crate) fn scan(text: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let mut out = Vec::new();
    // The span carried over from the previous paragraph: (open offset,
    // inner start, family of its opening mark).
    let mut carried: Option<(usize, usize, u8)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let ptext = &text[p.byte_start..p.byte_end];
        // Open marks: (mark, byte offset, byte length).
        let mut stack: Vec<(char, usize, usize)> = Vec::with_capacity(MAX_DEPTH);
        // Start of the current top-level span when it began in an earlier
        // paragraph.
        let mut outer: Option<(usize, usize)> = None;
        let mut before: Option<char> = None;
        let mut i = 0usize;
        if let Some((open, inner, fam)) = carried.take() {
            // Continue when the paragraph starts with a mark of the family.
            if let Some((c, len)) = mark_at(ptext) {
                if family(c) == fam && c != '\u{2019}' {
                    stack.push((c, p.byte_start, len));
                    outer = Some((open, inner));
                    before = Some(c);
                    i = len;
                }
            }
        }
        while i < ptext.len() {
            let rest = &ptext[i..];
            let Some(c0) = rest.chars().next() else { break };
            let Some((c, len)) = mark_at(rest) else {
                before = Some(c0);
                i += c0.len_utf8();
                continue;
            };
            let after = ptext[i + len..].chars().next();
            let at = p.byte_start + i;
            i += len;
            // Close the innermost span this mark can close.
            if let Some(depth) = stack.iter().rposition(|(o, _, _)| closes(*o, c)) {
                // A right single quote inside a word is an apostrophe.
                let apostrophe = c == '\u{2019}'
                    && before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                if !apostrophe {
                    let (_, start, start_len) = stack[depth];
                    stack.truncate(depth);
                    if stack.is_empty() {
                        let (open, inner_start) =
                            outer.take().unwrap_or((start, start + start_len));
                        out.push(Marked {
                            open,
                            inner_start,
                            inner_end: at,
                            close: at + len,
                            unclosed: false,
                        });
                    }
                    before = Some(c);
                    continue;
                }
            }
            if stack.len() < MAX_DEPTH && opens(c, before, after) {
                stack.push((c, at, len));
            }
            before = Some(c);
        }
        if let Some(&(c, start, start_len)) = stack.first() {
            let (open, inner_start) = outer.unwrap_or((start, start + start_len));
            let next_opens = paragraphs.get(pi + 1).is_some_and(|q| {
                mark_at(&text[q.byte_start..q.byte_end])
                    .is_some_and(|(n, _)| family(n) == family(c))
            });
            if next_opens {
                carried = Some((open, inner_start, family(c)));
            } else {
                out.push(Marked {
                    open,
                    inner_start,
                    inner_end: p.byte_end,
                    close: p.byte_end,
                    unclosed: true,
                });
            }
        }
    }
    out
}

/// The quotation mark at the start of `s` and its length: a mark
/// character, or a doubled apostrophe or backtick (`''`, ` `` `: the
/// straight double quote of some news archives and treebanks).
fn mark_at(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.len() >= 2 && (b[0] == b'\'' || b[0] == b'`') && b[1] == b[0] {
        return Some(('"', 2));
    }
    let c = s.chars().next()?;
    is_mark(c).then(|| (c, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::paragraphs;

    fn spans(text: &str) -> Vec<&str> {
        scan(text, &paragraphs(text))
            .into_iter()
            .map(|m| &text[m.inner_start..m.inner_end])
            .collect()
    }

    #[test]
    fn conventions() {
        assert_eq!(spans("He said \"yes,\" and left."), vec!["yes,"]);
        assert_eq!(spans("Er sagte: „Nein.“ Dann ging er."), vec!["Nein."]);
        assert_eq!(spans("Il a dit : « Non » hier."), vec![" Non "]);
        assert_eq!(spans("Er sagte: »Nein.« Dann"), vec!["Nein."]);
        assert_eq!(spans("Han sa: ”Nej.” Sen"), vec!["Nej."]);
        assert_eq!(
            spans("“Outer ‘inner’ text,” he said."),
            vec!["Outer ‘inner’ text,"]
        );
        assert_eq!(
            spans("«Он сказал „нет“ вчера»"),
            vec!["Он сказал „нет“ вчера"]
        );
        assert_eq!(spans("他说：“我们不同意。”"), vec!["我们不同意。"]);
        assert_eq!(
            spans("「今日は『晴れ』です」と述べた"),
            vec!["今日は『晴れ』です"]
        );
        assert_eq!(spans("Dziś „Gazeta” pisze"), vec!["Gazeta"]);
        assert_eq!(spans("don’t stop ‘here’ now"), vec!["here"]);
        assert_eq!(spans("''Who knows?'' she said."), vec!["Who knows?"]);
        assert_eq!(spans("``Who knows?'' she said."), vec!["Who knows?"]);
    }

    #[test]
    fn paragraphs_and_unbalanced() {
        let t = "\"First part.\n\n\"Second part,\" she said.";
        assert_eq!(spans(t), vec!["First part.\n\n\"Second part,"]);
        let t = "\"Never closed.\n\nNext paragraph.";
        let m = scan(t, &paragraphs(t));
        assert_eq!(m.len(), 1);
        assert!(m[0].unclosed);
        assert_eq!(&t[m[0].inner_start..m[0].inner_end], "Never closed.");
        // A stray closing mark opens nothing.
        assert_eq!(spans("word\" and more"), Vec::<&str>::new());
    }

    #[test]
    fn linear_on_adversarial_marks() {
        let t = "«„\"“".repeat(50_000);
        let m = scan(&t, &paragraphs(&t));
        assert!(m.len() <= t.len());
    }
}
