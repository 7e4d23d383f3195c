//! Whole documents and recovery files in which every text field holds hostile
//! text and every number, date and time takes extreme but valid values.
//!
//! Each struct is written out with all its fields and no `..Default::default()`,
//! so a field added to the model does not compile here until it is generated.
//! The text fields, all drawn from [`text`] and [`texts`]:
//! - `Meeting`: title, Arabic title, time zone, organiser, venue, objectives,
//!   expected outcomes, working languages
//! - `AgendaItem`: title, Arabic title, description; `SpeakerTurn`: guest
//! - `Organisation`: name, Arabic name, acronym, stakeholder type, country,
//!   focus areas, offers, needs, website, contact
//! - `Person`: name, role, email, phone
//! - `Partnership`: title, Arabic title, description, stage, thrust area, programme,
//!   countries, resources committed, next step; `PartnerRole`: role;
//!   `Deliverable`: text; `Milestone`: title; `Money`: currency; `StageChange`: stage
//! - `FundingSource`: name, currency, eligible countries, focus areas, eligible stages,
//!   applicant types, contact, notes; `FinancingLead`: amount currency, next step, notes;
//!   `Rate`: currency
//! - `Record`: text; `RecordKind::Decision`: outcome
//! - `Term` of each of the four vocabularies: key, label
//! - `RecoveryFile`: capture draft, document path
//!
//! Every confidentiality mark takes both values, and every partner change both events.

use std::path::PathBuf;
use std::sync::Arc;

use majlis::i18n::Language;
use majlis::model::invitations::{Invitation, Scope, Settings, Status, StatusChange, Target, Weights};
use majlis::model::network::Placement;
use majlis::model::{
    ActionStatus, AgendaItem, AgendaKind, Confidentiality, Deliverable, Document, FORMAT_VERSION,
    FinancingLead, FundingKind, FundingSource, Instrument, ItemStatus, LeadStatus, Meeting, MeetingDay,
    MeetingDocument, Milestone, Money, Organisation, PartnerChange, PartnerEvent, PartnerRole, Partnership,
    Person, Rate, Record, RecordKind, SpeakerTurn, StageChange, Term, Vocabularies,
};
use majlis::persistence::{Fingerprint, RecoveryFile};
use proptest::collection::vec;
use proptest::option::of as maybe;
use proptest::prelude::*;
use proptest::sample::{Index, select};

use crate::text::{text, texts};
use crate::values::{amount, date, datetime, file_time, id, minutes, seconds, stamp, time};

const STATUSES: [ItemStatus; 5] = [
    ItemStatus::Planned,
    ItemStatus::Running,
    ItemStatus::Paused,
    ItemStatus::Done,
    ItemStatus::Skipped,
];

const INSTRUMENTS: [Instrument; 7] = [
    Instrument::Grant,
    Instrument::Loan,
    Instrument::Guarantee,
    Instrument::Equity,
    Instrument::TechnicalAssistance,
    Instrument::InKind,
    Instrument::SeedMoney,
];

const EVENTS: [PartnerEvent; 2] = [PartnerEvent::Joined, PartnerEvent::Left];

prop_compose! {
    fn invitation()(
        (status, contact, arabic) in (select(&Status::ALL[..]), text(), any::<bool>()),
        changes in vec((select(&Status::ALL[..]), stamp()), 0..3),
    ) -> Invitation {
        Invitation {
            status,
            changes: changes.into_iter().map(|(status, at)| StatusChange { status, at }).collect(),
            contact,
            language: if arabic { Language::Arabic } else { Language::English },
        }
    }
}

prop_compose! {
    fn invitation_settings()(
        weights in (0..100_u32, 0..100_u32, 0..100_u32, 0..100_u32),
        targets in vec((text(), 0..4_u8, text(), 1..5_u32), 0..3),
        (letter_english, letter_arabic) in (text(), text()),
    ) -> Settings {
        let (complementarity, resources, gaps, track_record) = weights;
        Settings {
            weights: Weights { complementarity, resources, gaps, track_record },
            targets: targets
                .into_iter()
                .map(|(stakeholder_type, scope, place, at_least)| Target {
                    stakeholder_type,
                    scope: match scope {
                        0 => Scope::Meeting,
                        1 => Scope::EachMemberCountry,
                        2 => Scope::Country(place),
                        _ => Scope::Group(place),
                    },
                    at_least,
                })
                .collect(),
            letter_english,
            letter_arabic,
            ..Settings::default()
        }
    }
}

fn confidentiality() -> impl Strategy<Value = Confidentiality> {
    select(&Confidentiality::ALL[..])
}

prop_compose! {
    fn meeting()(
        (id, modified) in (id(), stamp()),
        (title, title_ar, time_zone, organiser, venue) in (text(), text(), text(), text(), text()),
        days in vec((date(), time(), time()), 0..3),
        (objectives, expected_outcomes, working_languages) in (texts(), texts(), texts()),
        (document_symbol, distribution, original_language) in (text(), text(), text()),
        documents in vec((id(), text(), text(), text()), 0..3),
    ) -> Meeting {
        let days = days.into_iter().map(|(date, starts, ends)| MeetingDay { date, starts, ends }).collect();
        let documents = documents
            .into_iter()
            .map(|(id, title, symbol, language)| MeetingDocument { id, title, symbol, language })
            .collect();
        Meeting {
            id, modified, title, title_ar, time_zone, organiser, venue, days, objectives, expected_outcomes,
            working_languages, recommendations: Vec::new(), document_symbol, distribution, original_language,
            documents,
        }
    }
}

prop_compose! {
    fn turn()(
        (id, person, guest, limit_seconds) in (id(), id(), text(), maybe(seconds())),
        (started, ended, paused_at) in (maybe(datetime()), maybe(datetime()), maybe(datetime())),
        paused_seconds in seconds(),
    ) -> SpeakerTurn {
        SpeakerTurn { id, person, guest, limit_seconds, started, ended, paused_at, paused_seconds }
    }
}

prop_compose! {
    fn agenda_item()(
        (id, modified, title, title_ar, description) in (id(), stamp(), text(), text(), text()),
        (kind, status) in (select(&AgendaKind::ALL[..]), select(&STATUSES[..])),
        (day, planned_start, duration_minutes, parallel) in (date(), time(), minutes(), any::<bool>()),
        (facilitator, rapporteur) in (maybe(id()), maybe(id())),
        (actual_start, actual_end, running_since) in (maybe(datetime()), maybe(datetime()), maybe(datetime())),
        (elapsed_seconds, speakers, confidentiality) in (seconds(), vec(turn(), 0..4), confidentiality()),
    ) -> AgendaItem {
        AgendaItem {
            id, modified, title, title_ar, kind, day, planned_start, duration_minutes, parallel, facilitator,
            rapporteur, description, status, actual_start, actual_end, elapsed_seconds, running_since,
            speakers, confidentiality,
        }
    }
}

prop_compose! {
    fn organisation()(
        (id, modified) in (id(), stamp()),
        (name, name_ar, acronym, stakeholder_type, country) in (text(), text(), text(), text(), text()),
        (focus_areas, offers, needs, aliases) in (texts(), texts(), texts(), texts()),
        (website, contact, contact_confidentiality) in (text(), text(), confidentiality()),
        invitation in invitation(),
    ) -> Organisation {
        Organisation {
            id, modified, name, name_ar, acronym, aliases, stakeholder_type, country, focus_areas, offers, needs,
            website, contact, contact_confidentiality, invitation,
        }
    }
}

prop_compose! {
    fn person()(
        (id, modified, organisation) in (id(), stamp(), maybe(id())),
        (name, name_ar, role, email, phone) in (text(), text(), text(), text(), text()),
        (attendance, contact_confidentiality, consent) in (vec(date(), 0..3), confidentiality(), any::<bool>()),
        (title, title_ar, invitation) in (text(), text(), invitation()),
    ) -> Person {
        Person {
            id, modified, name, name_ar, organisation, role, email, phone, contact_confidentiality, consent,
            attendance, title, title_ar, invitation,
        }
    }
}

prop_compose! {
    fn partnership()(
        (id, modified, title, title_ar, description) in (id(), stamp(), text(), text(), text()),
        partners in vec((id(), id(), text()), 0..3),
        (lead, born_at, reporter) in (maybe(id()), maybe(id()), maybe(id())),
        (stage, thrust_area, programme, next_step) in (text(), text(), text(), text()),
        (countries, resources_committed) in (texts(), texts()),
        deliverables in vec((id(), text()), 0..3),
        milestones in vec((id(), text(), maybe(date()), any::<bool>()), 0..3),
        financing_need in maybe((amount(), text())),
        instruments_sought in vec(select(&INSTRUMENTS[..]), 0..3),
        stage_history in vec((text(), stamp()), 0..3),
        partner_history in vec((id(), select(&EVENTS[..]), stamp()), 0..3),
        confidentiality in confidentiality(),
    ) -> Partnership {
        Partnership {
            id, modified, title, title_ar, description,
            partners: partners
                .into_iter()
                .map(|(id, organisation, role)| PartnerRole { id, organisation, role })
                .collect(),
            lead, stage, thrust_area, programme, countries,
            deliverables: deliverables.into_iter().map(|(id, text)| Deliverable { id, text }).collect(),
            resources_committed,
            milestones: milestones
                .into_iter()
                .map(|(id, title, due, done)| Milestone { id, title, due, done })
                .collect(),
            next_step,
            reporter,
            financing_need: financing_need.map(|(amount, currency)| Money { amount, currency }),
            instruments_sought,
            born_at,
            stage_history: stage_history.into_iter().map(|(stage, at)| StageChange { stage, at }).collect(),
            partner_history: partner_history
                .into_iter()
                .map(|(organisation, event, at)| PartnerChange { organisation, event, at })
                .collect(),
            confidentiality,
        }
    }
}

prop_compose! {
    fn funding_source()(
        (id, modified, name, organisation) in (id(), stamp(), text(), maybe(id())),
        (kind, instruments) in (select(&FundingKind::ALL[..]), vec(select(&INSTRUMENTS[..]), 0..4)),
        (ticket_min, ticket_max, currency) in (amount(), amount(), text()),
        (eligible_countries, focus_areas, eligible_stages) in (texts(), texts(), texts()),
        (co_financing_required, deadline, notes) in (any::<bool>(), maybe(date()), text()),
        (applicant_types, contact, confidentiality) in (texts(), text(), confidentiality()),
    ) -> FundingSource {
        FundingSource {
            id, modified, name, organisation, kind, instruments, ticket_min, ticket_max, currency,
            eligible_countries, focus_areas, eligible_stages, applicant_types, co_financing_required,
            deadline, contact, notes, confidentiality,
        }
    }
}

prop_compose! {
    fn lead()(
        (id, modified, partnership, source) in (id(), stamp(), id(), maybe(id())),
        (status, amount, contact) in (select(&LeadStatus::ALL[..]), maybe((amount(), text())), maybe(id())),
        (next_step, next_date, notes, confidentiality) in (text(), maybe(date()), text(), confidentiality()),
    ) -> FinancingLead {
        FinancingLead {
            id, modified, partnership, source, status,
            amount: amount.map(|(amount, currency)| Money { amount, currency }),
            contact, next_step, next_date, notes, confidentiality,
        }
    }
}

fn rate() -> impl Strategy<Value = Rate> {
    (text(), prop_oneof![Just(0.0), Just(-1.0), 1e-6_f64..1e6]).prop_map(|(currency, usd_per_unit)| Rate {
        currency,
        usd_per_unit,
    })
}

fn record_kind() -> impl Strategy<Value = RecordKind> {
    prop_oneof![
        Just(RecordKind::Note),
        text().prop_map(|outcome| RecordKind::Decision { outcome }),
        (maybe(id()), maybe(date()), select(&ActionStatus::ALL[..]))
            .prop_map(|(owner, due, status)| RecordKind::Action { owner, due, status }),
    ]
}

prop_compose! {
    fn record()(
        (id, modified, agenda_item, captured_at) in (id(), stamp(), maybe(id()), maybe(datetime())),
        (text, kind, added_later, confidentiality) in (text(), record_kind(), any::<bool>(), confidentiality()),
    ) -> Record {
        Record { id, modified, agenda_item, captured_at, text, kind, added_later, confidentiality }
    }
}

fn terms() -> impl Strategy<Value = Vec<Term>> {
    vec(
        (text(), text()).prop_map(|(key, label)| Term { key, label }),
        0..3,
    )
}

prop_compose! {
    fn vocabularies()(
        (stakeholder_types, thrust_areas, programmes, stages) in (terms(), terms(), terms(), terms()),
        synonyms in vec(vec(text(), 0..3), 0..3),
    ) -> Vocabularies {
        Vocabularies { stakeholder_types, thrust_areas, programmes, stages, synonyms }
    }
}

prop_compose! {
    /// A document of every kind of record. Recommendations name records of the
    /// document, and sometimes one that is gone.
    pub fn document()(
        (meeting, agenda, organisations, people) in
            (meeting(), vec(agenda_item(), 0..4), vec(organisation(), 0..3), vec(person(), 0..3)),
        (partnerships, funding_sources, records) in
            (vec(partnership(), 0..3), vec(funding_source(), 0..3), vec(record(), 0..6)),
        (vocabularies, recommended, gone) in (vocabularies(), vec(any::<Index>(), 0..4), maybe(id())),
        (leads, rates) in (vec(lead(), 0..3), vec(rate(), 0..3)),
        places in vec((-1.0e4f32..1.0e4, -1.0e4f32..1.0e4, any::<bool>()), 0..3),
        invitations in invitation_settings(),
    ) -> Document {
        let network_layout = organisations
            .iter()
            .zip(places)
            .map(|(org, (x, y, pinned))| Placement { organisation: org.id, x, y, pinned })
            .collect();
        let mut meeting = meeting;
        if !records.is_empty() {
            meeting.recommendations = recommended.iter().map(|i| i.get(&records).id).collect();
        }
        meeting.recommendations.extend(gone);
        Document {
            format_version: FORMAT_VERSION,
            meeting,
            agenda: agenda.into_iter().map(Arc::new).collect(),
            organisations: organisations.into_iter().map(Arc::new).collect(),
            people: people.into_iter().map(Arc::new).collect(),
            partnerships: partnerships.into_iter().map(Arc::new).collect(),
            funding_sources: funding_sources.into_iter().map(Arc::new).collect(),
            leads: leads.into_iter().map(Arc::new).collect(),
            rates,
            records: records.into_iter().map(Arc::new).collect(),
            vocabularies,
            erased: Vec::new(),
            not_listed: Vec::new(),
            origin: None,
            handout: majlis::model::copy::Handout::default(),
            merge_notes: Vec::new(),
            network_layout,
            invitations,
        }
    }
}

prop_compose! {
    pub fn recovery_file()(
        (document_path, autosaved, read_only) in (maybe(text()), stamp(), any::<bool>()),
        file_fingerprint in maybe((amount(), maybe(file_time()), maybe(any::<u64>()))),
        (capture_draft, document) in (text(), document()),
    ) -> RecoveryFile {
        RecoveryFile {
            format_version: FORMAT_VERSION,
            document_path: document_path.map(PathBuf::from),
            autosaved,
            read_only,
            file_fingerprint: file_fingerprint.map(|(len, modified, content)| Fingerprint { len, modified, content }),
            capture_draft,
            document,
        }
    }
}
