//! Grouping documents by metadata: date periods, language, source or any
//! other field.

use crate::corpus::Period;
use crate::error::{Error, Result};
use crate::run::DocView;

/// One grouping column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// The document's date truncated to a period (`"month"` → `2023-09`).
    Period(Period),
    /// The document language (given or detected).
    Lang,
    /// The `source` field.
    Source,
    /// Any other metadata field, by name (`"id"` and `"date"` work too).
    Field(String),
}

impl GroupBy {
    /// Parses a `by=` name: `day`, `week`, `month`, `quarter`, `year`, `lang`,
    /// `source`, or any field name.
    pub fn parse(name: &str) -> Result<GroupBy> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid_config("empty name in `by`"));
        }
        Ok(match name {
            "lang" | "language" => GroupBy::Lang,
            "source" => GroupBy::Source,
            other => Period::from_name(other)
                .map_or_else(|| GroupBy::Field(other.to_string()), GroupBy::Period),
        })
    }

    /// The output column name.
    pub fn name(&self) -> &str {
        match self {
            GroupBy::Period(p) => p.name(),
            GroupBy::Lang => "lang",
            GroupBy::Source => "source",
            GroupBy::Field(f) => f,
        }
    }

    /// This column's value for a document (`None` when missing).
    pub fn value(&self, view: &DocView<'_>) -> Option<Box<str>> {
        match self {
            GroupBy::Period(p) => view
                .doc
                .date
                .and_then(|d| d.period_label(*p))
                .map(Into::into),
            GroupBy::Lang => view.lang.map(Into::into),
            GroupBy::Source => view.doc.source.as_deref().map(Into::into),
            GroupBy::Field(f) => view.doc.field(f).map(Into::into),
        }
    }
}

/// A group's key: one optional value per `by` column. Shared (`Arc`), so
/// that the rows of a group can all carry it without copying.
pub type GroupKey = std::sync::Arc<[Option<Box<str>>]>;

/// Parses a list of `by` names, rejecting duplicates.
pub fn parse_by<S: AsRef<str>>(names: &[S]) -> Result<Vec<GroupBy>> {
    let mut out: Vec<GroupBy> = Vec::new();
    for n in names {
        let g = GroupBy::parse(n.as_ref())?;
        if out.iter().any(|o| o.name() == g.name()) {
            return Err(Error::invalid_config(format!(
                "`by` names {:?} twice",
                g.name()
            )));
        }
        if ["term", "count", "doc_count", "freq", "tfidf"].contains(&g.name()) {
            return Err(Error::invalid_config(format!(
                "cannot group by {:?}: it is an output column of the terms table",
                g.name()
            )));
        }
        out.push(g);
    }
    Ok(out)
}

pub(crate) fn key_of(by: &[GroupBy], view: &DocView<'_>) -> GroupKey {
    by.iter().map(|g| g.value(view)).collect()
}
