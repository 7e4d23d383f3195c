//! Hand-checked cases from the sample meeting (Beirut, September 2007).

use std::sync::Arc;

use chrono::NaiveDate;

use super::*;
use crate::model::leads::{FinancingLead, LeadStatus};
use crate::model::{Document, FundingSource, Id, Instrument, Money, Partnership};

fn sample() -> Document {
    crate::persistence::parse(include_str!("../../../sample-data/beirut-2007.ron").as_bytes())
        .unwrap()
        .doc
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day after the meeting.
fn meeting_end() -> NaiveDate {
    day(2007, 9, 5)
}

fn partnership<'a>(doc: &'a Document, title: &str) -> &'a Partnership {
    doc.partnerships
        .iter()
        .find(|p| p.title.starts_with(title))
        .unwrap()
}

fn source<'a>(doc: &'a Document, name: &str) -> &'a FundingSource {
    doc.funding_sources
        .iter()
        .find(|s| s.name.starts_with(name))
        .unwrap()
}

fn blockers_of(ranking: &Ranking, source: Id) -> Option<Vec<Blocker>> {
    ranking.blockers_of(source)
}

fn match_of(ranking: &Ranking, source: Id) -> Option<&Match> {
    ranking.matches.iter().find(|m| m.source == source)
}

/// The early-stage financing window asks USD 10 million at the exploring
/// stage: money for equity stakes in start-ups. The grant-only donors (UNDP's
/// pilot grants, the Arab Fund's grants, ictQATAR) can never fund it: each is
/// blocked, or can give a share only, under a quarter of the need, and loses
/// the amount part's most points for it. And a grant-only donor that does
/// reach a project further along (the Arab Fund and the incubators' exchange
/// network, agreed in principle) counts its grants against it.
#[test]
fn a_grant_only_donor_never_matches_an_equity_need() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    // The early-stage financing window seeks equity and seed money.
    let window = partnership(&doc, "Early-stage financing window");
    assert!(window.instruments_sought.contains(&Instrument::Equity));
    let ranking = matcher.rank(window);
    let grant_only: Vec<&FundingSource> = doc
        .funding_sources
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| {
            !s.instruments.is_empty()
                && s.instruments
                    .iter()
                    .all(|i| matches!(i, Instrument::Grant | Instrument::TechnicalAssistance))
        })
        .collect();
    assert!(grant_only.len() >= 5, "{}", grant_only.len());
    for s in grant_only {
        assert!(match_of(&ranking, s.id).is_none(), "{} matches", s.name);
        let blockers = blockers_of(&ranking, s.id).unwrap_or_default();
        let said = blockers.iter().find(|b| matches!(b, Blocker::Instruments { .. }));
        let said = said.map(Blocker::describe).unwrap_or_default();
        assert!(
            said.contains("the project seeks Equity, Seed money"),
            "{}: {said}",
            s.name
        );
    }
    // An equity fund is not blocked on what it offers.
    let injazat = source(&doc, "Injazat");
    let blockers = blockers_of(&ranking, injazat.id).unwrap_or_default();
    assert!(!blockers.iter().any(|b| matches!(b, Blocker::Instruments { .. })));
}

#[test]
fn an_equity_fund_fits_a_project_agreed_in_principle() {
    let doc = sample();
    let ranking = Matcher::new(&doc, meeting_end()).rank(partnership(&doc, "E-government interoperability"));
    let injazat = source(&doc, "Injazat");
    let m = match_of(&ranking, injazat.id).unwrap();
    let reasons: Vec<(Factor, i32, String)> = m
        .parts
        .iter()
        .map(|p| (p.factor, p.points, ranking.reason(m, p)))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                Factor::FocusArea,
                30,
                "Funds ICT applications, the project's thrust area.".to_owned()
            ),
            (
                Factor::InstrumentForStage,
                20,
                "Equity suits a project at the Agreed in principle stage.".to_owned()
            ),
            (
                Factor::CoFinancing,
                10,
                "Asks for co-financing, which Alcatel-Lucent can bring.".to_owned()
            ),
        ]
    );
    assert_eq!(m.score, 60);
    assert_eq!(ranking.matches[0].source, injazat.id, "the best match");
}

/// ITIDA funds firms registered in Egypt; Cedar Angels invest in Lebanon only.
#[test]
fn a_fund_for_one_country_never_matches_a_project_elsewhere() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let itida = source(&doc, "ITIDA");
    assert_eq!(itida.eligible_countries, ["EG"]);
    let mut elsewhere = 0;
    for p in &doc.partnerships {
        let ranking = matcher.rank(p);
        if p.countries.iter().any(|c| c == "EG") {
            continue;
        }
        elsewhere += 1;
        assert!(match_of(&ranking, itida.id).is_none(), "{}", p.title);
        let blockers = blockers_of(&ranking, itida.id).unwrap();
        assert!(
            blockers.iter().any(|b| matches!(b, Blocker::Country { .. })),
            "{}: {blockers:?}",
            p.title
        );
    }
    assert!(elsewhere >= 5, "{elsewhere}");
    let mentoring = matcher.rank(partnership(&doc, "Mentoring programme for women"));
    let cedar = source(&doc, "Cedar Angels");
    let blockers = blockers_of(&mentoring, cedar.id).unwrap();
    assert_eq!(blockers.len(), 1, "{blockers:?}");
    assert_eq!(blockers[0].describe(), "Funds only LB; the project is in JO, PS");
}

/// A partnership that names no country is judged by its partners' countries,
/// and one with no known country at all is not blocked on country.
#[test]
fn without_countries_the_partners_count_then_nothing_blocks() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let cedar = source(&doc, "Cedar Angels");
    let mut mentoring = partnership(&doc, "Mentoring programme for women").clone();
    mentoring.countries.clear();
    // Its partners are in Jordan, Palestine and Lebanon: Cedar Angels' Lebanon counts.
    let ranking = matcher.rank(&mentoring);
    assert!(
        !blockers_of(&ranking, cedar.id)
            .unwrap_or_default()
            .iter()
            .any(|b| matches!(b, Blocker::Country { .. })),
        "{ranking:?}"
    );
    let lebanese = doc
        .organisations
        .iter()
        .filter(|o| o.country == "LB")
        .map(|o| o.id)
        .collect::<Vec<_>>();
    mentoring.partners.retain(|p| !lebanese.contains(&p.organisation));
    let ranking = matcher.rank(&mentoring);
    let blockers = blockers_of(&ranking, cedar.id).unwrap();
    assert_eq!(
        blockers[0].describe(),
        "Funds only LB; the partners are in JO, PS"
    );
    mentoring.partners.clear();
    mentoring.lead = None;
    let ranking = matcher.rank(&mentoring);
    assert!(
        !blockers_of(&ranking, cedar.id)
            .unwrap_or_default()
            .iter()
            .any(|b| matches!(b, Blocker::Country { .. }))
    );
}

/// UNDP's pilot grants close on 30 November 2007. The indicators partnership,
/// asking USD 200,000 at the exploring stage, fits them until that day and is
/// blocked the day after.
#[test]
fn a_passed_deadline_blocks_and_not_before() {
    let doc = sample();
    let undp = source(&doc, "UNDP ICTDAR");
    assert_eq!(undp.deadline, Some(day(2007, 11, 30)));
    let mut indicators = partnership(&doc, "Common information society indicators").clone();
    indicators.financing_need = Some(Money {
        amount: 200_000,
        currency: "USD".to_owned(),
    });
    for today in [meeting_end(), day(2007, 11, 30)] {
        let ranking = Matcher::new(&doc, today).rank(&indicators);
        assert!(match_of(&ranking, undp.id).is_some(), "{today}: {ranking:?}");
    }
    let ranking = Matcher::new(&doc, day(2007, 12, 1)).rank(&indicators);
    let blockers = blockers_of(&ranking, undp.id).unwrap();
    assert_eq!(blockers, [Blocker::DeadlinePassed(day(2007, 11, 30))]);
    assert_eq!(blockers[0].describe(), "The deadline, 2007-11-30, has passed");
}

/// Without the euro's rate, the e-government pilot's EUR 750,000 cannot be
/// compared with Injazat's dollar tickets; without the dinar's, no need can be
/// compared with the Kuwait Fund's, except one in dinars itself.
#[test]
fn a_currency_with_no_rate_blocks() {
    let mut doc = sample();
    doc.rates.retain(|r| r.currency != "EUR" && r.currency != "KWD");
    let matcher = Matcher::new(&doc, meeting_end());
    let ranking = matcher.rank(partnership(&doc, "E-government interoperability"));
    let injazat = source(&doc, "Injazat");
    let blockers = blockers_of(&ranking, injazat.id).unwrap();
    assert_eq!(blockers, [Blocker::NoRate(Arc::from("EUR"))]);
    assert_eq!(
        blockers[0].describe(),
        "EUR has no rate, so the need cannot be compared with the tickets"
    );
    assert!(
        ranking.matches.is_empty(),
        "every need is in euros: {:?}",
        ranking.matches
    );
    let kuwait = source(&doc, "Kuwait Fund");
    for p in &doc.partnerships {
        let blockers = blockers_of(&matcher.rank(p), kuwait.id).unwrap();
        assert_eq!(
            blockers.contains(&Blocker::NoRate(Arc::from("KWD"))),
            p.financing_need.as_ref().is_some_and(|n| n.currency != "KWD"),
            "{}: {blockers:?}",
            p.title
        );
    }
}

/// The localisation network needs USD 120,000 at the idea stage: no source
/// funds it whole, and only Microsoft's programme (up to USD 100,000, any
/// stage) can give a share, leaving USD 20,000 uncovered.
#[test]
fn a_plan_takes_shares_within_the_tickets_and_shows_the_gap() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let localisation = partnership(&doc, "Regional network for open-source");
    let ranking = matcher.rank(localisation);
    let microsoft = source(&doc, "Microsoft");
    let m = match_of(&ranking, microsoft.id).unwrap();
    let amount = m.parts.iter().find(|p| p.factor == Factor::Amount).unwrap();
    assert_eq!(amount.points, points::COVERS_HALF);
    assert_eq!(
        ranking.reason(m, amount),
        "Can give up to USD 100,000, 83% of the need."
    );
    let plan = matcher.plan(localisation, &ranking);
    assert_eq!(
        plan,
        Plan {
            shares: vec![Share {
                source: microsoft.id,
                amount: Money {
                    amount: 100_000,
                    currency: "USD".to_owned()
                },
                in_need_currency: 100_000,
            }],
            covered: 0,
            gap: 20_000,
        }
    );

    // The e-government pilot's EUR 750,000 comes whole from Injazat, as USD 1,027,500.
    let pilot = partnership(&doc, "E-government interoperability");
    let plan = matcher.plan(pilot, &matcher.rank(pilot));
    assert_eq!(plan.gap, 0);
    assert_eq!(plan.shares[0].amount.amount, 1_027_500);
    assert_eq!(plan.shares[0].in_need_currency, 750_000);

    // No need, no plan.
    let mut none = localisation.clone();
    none.financing_need = None;
    assert_eq!(matcher.plan(&none, &matcher.rank(&none)), Plan::default());
}

/// Money already pledged or committed counts before the plan, and its
/// source is not asked again: with USD 50,000 pledged by another source, the
/// localisation network needs only USD 70,000 more, which Microsoft gives
/// whole; with USD 30,000 committed by Microsoft itself, nobody else can give
/// the remaining USD 90,000.
#[test]
fn a_plan_counts_pledged_money_first() {
    let mut doc = sample();
    let localisation = partnership(&doc, "Regional network for open-source").clone();
    let microsoft = source(&doc, "Microsoft").id;
    let other = doc.funding_sources.iter().find(|s| s.id != microsoft).unwrap().id;
    let lead = |source: Id, status: LeadStatus, amount: u64| {
        Arc::new(FinancingLead {
            partnership: localisation.id,
            source: Some(source),
            status,
            amount: Some(Money {
                amount,
                currency: "USD".to_owned(),
            }),
            ..FinancingLead::default()
        })
    };
    doc.leads.push(lead(other, LeadStatus::Pledged, 50_000));
    // Leads that are only hoped for count for nothing.
    doc.leads.push(lead(other, LeadStatus::ProposalSent, 500_000));
    let matcher = Matcher::new(&doc, meeting_end());
    let plan = matcher.plan(&localisation, &matcher.rank(&localisation));
    assert_eq!(plan.covered, 50_000);
    assert_eq!(plan.shares.len(), 1);
    assert_eq!(plan.shares[0].source, microsoft);
    assert_eq!(plan.shares[0].in_need_currency, 70_000);
    assert_eq!(plan.gap, 0);

    doc.leads.clear();
    doc.leads.push(lead(microsoft, LeadStatus::Committed, 30_000));
    let matcher = Matcher::new(&doc, meeting_end());
    let plan = matcher.plan(&localisation, &matcher.rank(&localisation));
    assert_eq!((plan.covered, plan.shares.len(), plan.gap), (30_000, 0, 90_000));

    // More pledged than needed: covered is the need, and nothing is left.
    doc.leads.push(lead(other, LeadStatus::Pledged, 1_000_000));
    let matcher = Matcher::new(&doc, meeting_end());
    let plan = matcher.plan(&localisation, &matcher.rank(&localisation));
    assert_eq!((plan.covered, plan.shares.len(), plan.gap), (120_000, 0, 0));
}

/// A partner running the source counts for it: ictQATAR is a partner of the
/// security cooperation and runs the co-funding for regional initiatives.
/// A lead with a source counts too, and a declined one against.
#[test]
fn a_partner_already_linked_counts() {
    let mut doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let security = partnership(&doc, "Information security awareness").clone();
    let qatar = source(&doc, "ictQATAR").clone();
    let ranking = matcher.rank(&security);
    let m = match_of(&ranking, qatar.id).unwrap();
    let linked = m
        .parts
        .iter()
        .find(|p| p.factor == Factor::PartnerLinked)
        .unwrap();
    assert_eq!(linked.points, points::LINKED);
    assert_eq!(
        ranking.reason(m, linked),
        "Supreme Council of Information and Communication Technology (ictQATAR), a partner, runs this source."
    );
    doc.leads.push(Arc::new(FinancingLead {
        partnership: security.id,
        source: Some(qatar.id),
        status: LeadStatus::Declined,
        ..FinancingLead::default()
    }));
    let matcher = Matcher::new(&doc, meeting_end());
    let ranking = matcher.rank(&security);
    let m = match_of(&ranking, qatar.id).unwrap();
    let linked = m
        .parts
        .iter()
        .find(|p| p.factor == Factor::PartnerLinked)
        .unwrap();
    assert_eq!(linked.points, points::DECLINED);
    assert_eq!(
        ranking.reason(m, linked),
        "This source has already declined the project."
    );
    // The reverse view finds the same match with the same parts.
    let reverse = matcher.reverse(&qatar);
    let back = reverse
        .matches
        .iter()
        .find(|m| m.partnership == security.id)
        .unwrap();
    assert_eq!(Some(back), match_of(&ranking, qatar.id));
    assert_eq!(reverse.reason(back, linked), ranking.reason(m, linked));
}

/// Stages before every eligible one are too early; later ones are not funded.
#[test]
fn stages_too_early_and_not_funded() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let arab_fund = source(&doc, "Arab Fund");
    let localisation = matcher.rank(partnership(&doc, "Regional network for open-source"));
    let early = blockers_of(&localisation, arab_fund.id).unwrap();
    assert!(early.contains(&Blocker::StageTooEarly {
        stage: Arc::from("Idea"),
        earliest: Arc::from("Agreed in principle"),
    }));
    let academies = matcher.rank(partnership(&doc, "Networking academies for Iraqi"));
    let late = blockers_of(&academies, arab_fund.id).unwrap();
    let stage = late
        .iter()
        .find(|b| matches!(b, Blocker::StageNotFunded { .. }))
        .unwrap();
    assert_eq!(
        stage.describe(),
        "Funds projects at these stages only: Agreed in principle, Formalised; the project is at Implementing"
    );
}

/// The reverse view ranks the partnerships one source could fund.
#[test]
fn the_reverse_view_ranks_partnerships_with_the_same_reasons() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let injazat = source(&doc, "Injazat");
    let found = matcher.reverse(injazat);
    assert!(found.matches.len() >= 3, "{found:?}");
    assert!(found.matches.windows(2).all(|w| w[0].score >= w[1].score));
    for m in &found.matches {
        let p = doc.partnerships.iter().find(|p| p.id == m.partnership).unwrap();
        let ranking = matcher.rank(p);
        let same = match_of(&ranking, injazat.id).unwrap();
        assert_eq!(same, m);
        let reasons = |r: &Ranking, m: &Match| m.parts.iter().map(|p| r.reason(m, p)).collect::<Vec<_>>();
        assert_eq!(reasons(&found, m), reasons(&ranking, same));
    }
    let pilot = partnership(&doc, "E-government interoperability");
    assert_eq!(found.matches[0].partnership, pilot.id);
    // An edited copy of the source is judged as given.
    let mut closed = injazat.clone();
    closed.deadline = Some(day(2007, 9, 1));
    assert!(matcher.reverse(&closed).matches.is_empty());
}

/// The amount part's points by the quarters of the need the largest ticket covers.
#[test]
fn the_amount_part_favours_sources_covering_more_of_the_need() {
    assert_eq!(points::amount(100, 100), 0);
    assert_eq!(points::amount(200, 100), 0);
    assert_eq!(points::amount(99, 100), points::COVERS_HALF);
    assert_eq!(points::amount(50, 100), points::COVERS_HALF);
    assert_eq!(points::amount(49, 100), points::COVERS_QUARTER);
    assert_eq!(points::amount(25, 100), points::COVERS_QUARTER);
    assert_eq!(points::amount(24, 100), points::COVERS_LESS);
    assert_eq!(points::amount(0, u64::MAX), points::COVERS_LESS);
}

/// The telecentres for rural Yemen need USD 1,500,000, above every sample
/// source's largest ticket: the sources that can fund a share match, and the
/// plan draws on them only; a need below a source's smallest ticket blocks.
#[test]
fn a_need_above_every_largest_ticket_still_has_matches_and_a_plan() {
    let doc = sample();
    let matcher = Matcher::new(&doc, meeting_end());
    let telecentres = partnership(&doc, "Community telecentres for rural Yemen");
    let ranking = matcher.rank(telecentres);
    assert!(!ranking.matches.is_empty());
    assert!(
        ranking
            .matches
            .iter()
            .all(|m| m.parts.iter().any(|p| p.factor == Factor::Amount))
    );
    let plan = matcher.plan(telecentres, &ranking);
    assert!(!plan.shares.is_empty());
    assert!(plan.shares.iter().all(|s| match_of(&ranking, s.source).is_some()));
    assert!(plan.gap < 1_500_000);

    let mut small = telecentres.clone();
    small.financing_need = Some(Money {
        amount: 40_000,
        currency: "USD".to_owned(),
    });
    let ranking = matcher.rank(&small);
    let below = ranking
        .blocked
        .iter()
        .flat_map(|b| ranking.blockers(b))
        .find(|b| matches!(b, Blocker::Amount { .. }))
        .unwrap();
    assert!(
        below
            .describe()
            .starts_with("The need, USD 40,000, is below the smallest ticket, USD "),
        "{}",
        below.describe()
    );
}

/// The ranking reads the catalogue's blockers by column; judging one source
/// at a time finds the same matches, with the same parts, and the same
/// blockers.
#[test]
fn ranking_by_column_agrees_with_judging_each_source() {
    for (doc, today) in [
        (sample(), meeting_end()),
        (sample(), day(2030, 1, 1)),
        (crate::generate::meeting(1, 7), day(2007, 9, 5)),
    ] {
        let matcher = Matcher::new(&doc, today);
        let mut blocked = 0;
        for p in &doc.partnerships {
            let ranking = matcher.rank(p);
            let project = matcher.project_facts(p);
            for source in &matcher.sources {
                let id = source.brief.id;
                match Matcher::judge(source, &project) {
                    Ok(parts) => assert_eq!(match_of(&ranking, id).map(|m| m.parts), Some(parts)),
                    Err(flags) => {
                        blocked += 1;
                        let found = ranking.blocked.iter().find(|b| b.source == id);
                        assert_eq!(found.map(|b| b.blockers.flags), Some(flags), "{}", p.title);
                    }
                }
            }
        }
        assert!(
            blocked > 0,
            "some sources must be blocked for the comparison to mean something"
        );
    }
}

/// Ranking every partnership at once, on several threads, gives each the
/// ranking it has alone, in the document's order.
#[test]
fn ranking_all_gives_each_ranking_in_order() {
    let doc = crate::generate::meeting(1, 3);
    assert!(
        doc.partnerships.len() >= 64,
        "enough partnerships to share among threads"
    );
    let matcher = Matcher::new(&doc, day(2007, 9, 5));
    let all = matcher.rank_all();
    assert_eq!(all.len(), doc.partnerships.len());
    for (p, ranking) in doc.partnerships.iter().zip(&all) {
        assert_eq!(*ranking, matcher.rank(p), "{}", p.title);
    }
}
