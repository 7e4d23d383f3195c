//! Text of a report: what the meeting's people wrote (user text) apart from
//! the report's own words, so that each renderer can set user text's
//! direction on its own (`dir="auto"` in HTML) and escape it.

/// A run of text, written by the meeting's people or by the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    /// Written by the meeting's people, in whichever language they used.
    pub user: bool,
}

/// One line of text: runs in reading order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line(pub Vec<Span>);

/// What stands for the `index`th user value in a message built for
/// [`Line::message`]: characters no one types.
pub fn mark(index: usize) -> String {
    format!("\u{FFF9}{index}\u{FFFB}")
}

impl Line {
    /// The report's own words, such as a heading or a sentence of the catalogue.
    pub fn fixed(text: impl Into<String>) -> Self {
        Self::one(text.into(), false)
    }

    /// Text the meeting's people wrote: a name, a note, a title.
    pub fn user(text: impl Into<String>) -> Self {
        Self::one(text.into(), true)
    }

    fn one(text: String, user: bool) -> Self {
        if text.is_empty() {
            Self::default()
        } else {
            Self(vec![Span { text, user }])
        }
    }

    /// A sentence of the catalogue whose arguments were given as
    /// [`mark`]`(0)`, `mark(1)`..., with the user values that stand there:
    /// `Line::message(tr!("report-lead", source = mark(0)), &[&name])`.
    /// A mark without a value is left out.
    pub fn message(template: &str, values: &[&str]) -> Self {
        let mut spans = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('\u{FFF9}') {
            let (before, after) = rest.split_at(start);
            let after = &after['\u{FFF9}'.len_utf8()..];
            let Some(end) = after.find('\u{FFFB}') else {
                break;
            };
            push(&mut spans, before, false);
            if let Some(value) = after[..end].parse::<usize>().ok().and_then(|i| values.get(i)) {
                push(&mut spans, value, true);
            }
            rest = &after[end + '\u{FFFB}'.len_utf8()..];
        }
        push(&mut spans, rest, false);
        Self(spans)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|span| span.text.is_empty())
    }

    /// The text without its marks of who wrote what, as a search or a test reads it.
    pub fn plain(&self) -> String {
        self.0.iter().map(|span| span.text.as_str()).collect()
    }
}

fn push(spans: &mut Vec<Span>, text: &str, user: bool) {
    if !text.is_empty() {
        spans.push(Span {
            text: text.to_owned(),
            user,
        });
    }
}

impl From<&str> for Line {
    fn from(text: &str) -> Self {
        Self::fixed(text)
    }
}

impl From<String> for Line {
    fn from(text: String) -> Self {
        Self::fixed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_user_values_apart() {
        let template = format!("{} for {}", mark(0), mark(1));
        let line = Line::message(&template, &["صندوق", "Telecentres"]);
        assert_eq!(
            line.0,
            vec![
                Span {
                    text: "صندوق".into(),
                    user: true
                },
                Span {
                    text: " for ".into(),
                    user: false
                },
                Span {
                    text: "Telecentres".into(),
                    user: true
                },
            ]
        );
        assert_eq!(line.plain(), "صندوق for Telecentres");
    }

    #[test]
    fn user_text_that_looks_like_a_mark_is_only_text() {
        let line = Line::user(mark(0));
        assert_eq!(line.plain(), mark(0));
        let missing = Line::message(&format!("a {} b", mark(3)), &[]);
        assert_eq!(missing.plain(), "a  b");
    }
}
