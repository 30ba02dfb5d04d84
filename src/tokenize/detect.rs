//! Language identification for documents whose record gives no language.
//!
//! Uses whatlang (trigram + script models, ~70 languages, tens of µs per
//! sentence) on a bounded prefix of the document, and maps its ISO 639-3
//! codes to the ISO 639-1 codes used everywhere else in presslens.

/// How many bytes of a document are looked at (rounded down to a char
/// boundary). Language rarely changes within a news article, and a bounded
/// prefix keeps detection O(1) per document.
const DETECT_PREFIX_BYTES: usize = 2048;

/// Detects the language of `text`, returning an ISO 639-1 code (or ISO 639-3
/// when the language has no two-letter code), or `None` when the text is too
/// short or ambiguous to tell.
///
/// ```
/// assert_eq!(presslens::tokenize::detect_language("Il ministro ha detto che la riunione è finita ieri sera."), Some("it"));
/// assert_eq!(presslens::tokenize::detect_language("金正恩は記者団に対して述べた。"), Some("ja"));
/// assert_eq!(presslens::tokenize::detect_language("!!!"), None);
/// ```
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(DETECT_PREFIX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    // whatlang's own reliability flag is strict on short texts; a confidence
    // of 0.5 keeps headlines while dropping coin flips.
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    Some(iso639_1(info.lang()))
}

/// Normalizes a language tag from a record: lowercase, primary subtag only
/// (`"en-US"` → `"en"`, `"pt_BR"` → `"pt"`), and ISO 639-3/2 codes of the
/// common languages mapped to ISO 639-1 (`"deu"` → `"de"`). Empty → `None`.
pub fn normalize_lang_tag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if primary.is_empty() {
        return None;
    }
    if primary.len() == 3 {
        if let Some(lang) = whatlang::Lang::from_code(&primary) {
            return Some(iso639_1(lang).to_string());
        }
        let alias = match primary.as_str() {
            "ger" => "de",
            "fre" => "fr",
            "chi" | "zho" => "zh",
            "dut" => "nl",
            "cze" => "cs",
            "gre" => "el",
            "per" | "fas" => "fa",
            _ => return Some(primary),
        };
        return Some(alias.to_string());
    }
    Some(primary)
}

fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
    }
}
