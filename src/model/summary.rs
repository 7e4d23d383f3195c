use std::fmt;

use super::{Document, Vocabularies};
use crate::tr;

/// Counts that describe a document at a glance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub title: String,
    pub days: Vec<String>,
    pub agenda_items: usize,
    pub organisations: usize,
    pub people: usize,
    pub partnerships: usize,
    /// Stage label and count, in pipeline order, then stages the vocabulary lacks.
    pub partnerships_by_stage: Vec<(String, usize)>,
    pub funding_sources: usize,
    pub leads: usize,
    pub records: usize,
}

impl Summary {
    pub fn of(doc: &Document) -> Self {
        let stages = &doc.vocabularies.stages;
        let mut by_stage: Vec<(String, usize)> = Vec::new();
        let mut keys: Vec<&str> = stages.iter().map(|t| t.key.as_str()).collect();
        for p in &doc.partnerships {
            if !keys.contains(&p.stage.as_str()) {
                keys.push(&p.stage);
            }
        }
        for key in keys {
            let count = doc.partnerships.iter().filter(|p| p.stage == key).count();
            by_stage.push((Vocabularies::label(stages, key).to_owned(), count));
        }
        Self {
            title: doc.meeting.title.clone(),
            days: doc.meeting.days.iter().map(|d| d.date.to_string()).collect(),
            agenda_items: doc.agenda.len(),
            organisations: doc.organisations.len(),
            people: doc.people.len(),
            partnerships: doc.partnerships.len(),
            partnerships_by_stage: by_stage,
            funding_sources: doc.funding_sources.len(),
            leads: doc.leads.len(),
            records: doc.records.len(),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Counts are written without grouping, as the summary always has been.
        writeln!(f, "{}", tr!("summary-meeting", title = &self.title))?;
        writeln!(f, "{}", tr!("summary-days", days = self.days.join(", ")))?;
        writeln!(
            f,
            "{}",
            tr!("summary-agenda-items", count = self.agenda_items.to_string())
        )?;
        writeln!(
            f,
            "{}",
            tr!("summary-organisations", count = self.organisations.to_string())
        )?;
        writeln!(f, "{}", tr!("summary-people", count = self.people.to_string()))?;
        writeln!(
            f,
            "{}",
            tr!("summary-partnerships", count = self.partnerships.to_string())
        )?;
        for (stage, count) in &self.partnerships_by_stage {
            writeln!(f, "  {stage:<22} {count}")?;
        }
        writeln!(
            f,
            "{}",
            tr!(
                "summary-funding-sources",
                count = self.funding_sources.to_string()
            )
        )?;
        writeln!(f, "{}", tr!("summary-leads", count = self.leads.to_string()))?;
        write!(f, "{}", tr!("summary-records", count = self.records.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::Partnership;

    #[test]
    fn counts_partnerships_by_stage_in_pipeline_order() {
        let mut doc = Document::new_meeting();
        for stage in ["agreed", "idea", "agreed", "odd"] {
            doc.partnerships.push(Arc::new(Partnership {
                stage: stage.to_owned(),
                ..Partnership::default()
            }));
        }
        let summary = doc.summary();
        assert_eq!(summary.partnerships, 4);
        let stages = summary.partnerships_by_stage;
        assert_eq!(stages.first(), Some(&("Idea".to_owned(), 1)));
        assert!(stages.contains(&("Agreed in principle".to_owned(), 2)));
        assert_eq!(stages.last(), Some(&("odd".to_owned(), 1)));
    }
}
