//! The meeting report and the other documents printed from a meeting: built
//! once as plain data ([`Report`]), which the Report tab previews and
//! `crate::render` writes as HTML or Markdown, so that all of them show the
//! same content. What a report may show is decided by the one audience filter
//! ([`for_audience`]) before any section is built.
//!
//! A report is written in the language chosen for it, whatever the
//! interface speaks: its own words come from the catalogue in that language,
//! and what the meeting's people wrote stays as they wrote it.

mod agenda;
mod facts;
mod financing;
pub mod follow_up;
mod items;
mod network;
mod official;

pub(crate) use official::date_text;
pub use official::day_text;
pub mod packs;
mod participation;
mod partnerships;
pub mod printables;
mod text;

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::{Language, in_language};
use crate::tr;

use super::Document;
use super::audience::{Audience, for_audience};
use super::names::Names;

pub use text::{Line, Span, mark};

/// A document ready to be drawn or written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub language: Language,
    /// The document's title, as a browser's tab and the running header show it.
    pub title: Line,
    /// Lines above the first section, such as the official report's heading
    /// block (document symbol, distribution, date, original language).
    pub heading: Vec<Fact>,
    /// Sections in reading order; a section of level 2 or 3 belongs to the
    /// section of lower level before it.
    pub sections: Vec<Section>,
}

/// One heading and what follows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// A name for links and tests, unique in the report: `agenda`, `item-3`...
    pub anchor: String,
    pub heading: Line,
    /// 1 for a main section, 2 and 3 for the parts of one.
    pub level: u8,
    /// Printed on a new page (main sections of a report, each day's signature sheet).
    pub page_break: bool,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(anchor: impl Into<String>, heading: impl Into<Line>, level: u8) -> Self {
        Self {
            anchor: anchor.into(),
            heading: heading.into(),
            level,
            page_break: level == 1,
            blocks: Vec::new(),
        }
    }

    #[must_use]
    pub fn with(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }
}

/// A label and its value, such as "Venue: UN House, Beirut".
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: Line,
}

impl Fact {
    pub fn new(label: impl Into<String>, value: impl Into<Line>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
        }
    }
}

/// What a section holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Line),
    /// Labels and values.
    Facts(Vec<Fact>),
    /// A list with bullets.
    List(Vec<Line>),
    /// A list with numbers, such as the official report's paragraphs.
    Numbered(Vec<Line>),
    Table(Table),
    /// Name cards for the tables of the room, two to a page.
    Cards(Vec<NameCard>),
}

/// A table: its headers, repeated on each printed page, and its rows, never
/// split across pages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    /// Columns of numbers, aligned to the end of the cell.
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<Line>>,
}

impl Table {
    pub fn new(columns: Vec<String>) -> Self {
        Self {
            numeric: vec![false; columns.len()],
            columns,
            rows: Vec::new(),
        }
    }

    /// Marks the columns at `indexes` as numbers.
    #[must_use]
    pub fn numbers(mut self, indexes: &[usize]) -> Self {
        for &index in indexes {
            if let Some(numeric) = self.numeric.get_mut(index) {
                *numeric = true;
            }
        }
        self
    }
}

/// A name card: the name in Arabic and English, the organisation, the country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameCard {
    pub name: String,
    pub name_ar: String,
    pub organisation: String,
    pub country: String,
}

/// Which report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Form {
    /// Everything the meeting recorded, in the order of [`SectionKind::ALL`].
    #[default]
    Working,
    /// The meeting report in the form the United Nations regional commissions
    /// use for an expert group meeting.
    Official,
}

/// A section of the working report, as organisers choose them and
/// `--sections` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Facts,
    Agenda,
    Items,
    Participation,
    Partnerships,
    Network,
    Financing,
    FollowUp,
}

impl SectionKind {
    pub const ALL: [Self; 8] = [
        Self::Facts,
        Self::Agenda,
        Self::Items,
        Self::Participation,
        Self::Partnerships,
        Self::Network,
        Self::Financing,
        Self::FollowUp,
    ];

    /// The section's name on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Facts => "facts",
            Self::Agenda => "agenda",
            Self::Items => "items",
            Self::Participation => "participation",
            Self::Partnerships => "partnerships",
            Self::Network => "network",
            Self::Financing => "financing",
            Self::FollowUp => "follow-up",
        }
    }

    /// The section's name in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Facts => tr!("report-section-facts"),
            Self::Agenda => tr!("report-section-agenda"),
            Self::Items => tr!("report-section-items"),
            Self::Participation => tr!("report-section-participation"),
            Self::Partnerships => tr!("report-section-partnerships"),
            Self::Network => tr!("report-section-network"),
            Self::Financing => tr!("report-section-financing"),
            Self::FollowUp => tr!("report-section-follow-up"),
        }
    }

    /// Reads a comma-separated list such as `facts,agenda,follow-up`, in
    /// any order; the report keeps its own order. Names a name it does not know.
    pub fn parse_list(list: &str) -> Result<Vec<Self>, String> {
        let mut chosen = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let Some(kind) = Self::ALL.into_iter().find(|k| k.key().eq_ignore_ascii_case(name)) else {
                let known: Vec<&str> = Self::ALL.iter().map(|k| k.key()).collect();
                return Err(tr!(
                    "report-unknown-section",
                    name = name,
                    known = known.join(", ")
                ));
            };
            if !chosen.contains(&kind) {
                chosen.push(kind);
            }
        }
        if chosen.is_empty() {
            return Err(tr!("report-no-sections"));
        }
        Ok(Self::ALL.into_iter().filter(|k| chosen.contains(k)).collect())
    }
}

/// What to put in a report and for whom.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub form: Form,
    /// The public report leaves out what is for the organisers, contact
    /// details and what one person did or did not do; the organisers' report
    /// holds everything.
    pub audience: Audience,
    pub language: Language,
    /// The sections of the working report (the official one has its own).
    pub sections: Vec<SectionKind>,
    /// The time in the meeting room the report is made at: speaking time of a
    /// turn still running, and which action items are overdue.
    pub now: NaiveDateTime,
}

impl Options {
    /// The whole public working report in English, made at `now`.
    pub fn new(now: NaiveDateTime) -> Self {
        Self {
            form: Form::Working,
            audience: Audience::Public,
            language: Language::English,
            sections: SectionKind::ALL.to_vec(),
            now,
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }
}

/// What every section builder reads: the meeting as the audience may see it.
pub(crate) struct Context<'a> {
    pub doc: &'a Document,
    /// The registry of `doc` by id.
    pub names: Names<'a>,
    /// The whole record, whatever the audience: head-counts and shares of
    /// speaking time name no one, so they count everyone, including the
    /// people the audience's copy leaves out.
    pub everyone: &'a Document,
    /// The registry of `everyone` by id.
    pub everyone_names: Names<'a>,
    pub audience: Audience,
    pub now: NaiveDateTime,
}

/// The report of `doc` described by `options`.
pub fn build(doc: &Document, options: &Options) -> Report {
    let seen = for_audience(doc, options.audience);
    let context = Context {
        doc: &seen,
        names: Names::new(&seen),
        everyone: doc,
        everyone_names: Names::new(doc),
        audience: options.audience,
        now: options.now,
    };
    in_language(options.language, || {
        let mut report = match options.form {
            Form::Working => working(&context, &options.sections),
            Form::Official => official::report(&context),
        };
        report.language = options.language;
        report
    })
}

fn working(context: &Context<'_>, chosen: &[SectionKind]) -> Report {
    let mut sections = Vec::new();
    for kind in SectionKind::ALL.into_iter().filter(|k| chosen.contains(k)) {
        sections.extend(match kind {
            SectionKind::Facts => facts::sections(context),
            SectionKind::Agenda => agenda::sections(context),
            SectionKind::Items => items::sections(context),
            SectionKind::Participation => participation::sections(context),
            SectionKind::Partnerships => partnerships::sections(context),
            SectionKind::Network => network::sections(context),
            SectionKind::Financing => financing::sections(context),
            SectionKind::FollowUp => follow_up::sections(context),
        });
    }
    Report {
        language: Language::English,
        title: Line::message(
            &tr!("report-working-title", meeting = mark(0)),
            &[meeting_title(context.doc)],
        ),
        heading: Vec::new(),
        sections,
    }
}

/// The title of a meeting in the report's language: the Arabic title in an
/// Arabic report where there is one.
pub fn meeting_title(doc: &Document) -> &str {
    let meeting = &doc.meeting;
    if crate::i18n::language() == Language::Arabic && !meeting.title_ar.trim().is_empty() {
        &meeting.title_ar
    } else {
        &meeting.title
    }
}
