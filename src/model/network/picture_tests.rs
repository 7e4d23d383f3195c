//! The network's picture and its SVG file, on small networks checked by hand.

use std::sync::Arc;

use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

use super::picture::{NO_TYPE, PALETTE, Picture, link_width, node_radius, picture, type_colour};
use super::svg::svg;
use super::*;
use crate::model::{Organisation, PartnerRole};

fn org(name: &str, kind: &str) -> Organisation {
    Organisation {
        name: name.into(),
        stakeholder_type: kind.into(),
        ..Organisation::default()
    }
}

fn partnership(partners: &[&Organisation]) -> Partnership {
    Partnership {
        partners: partners
            .iter()
            .map(|o| PartnerRole {
                organisation: o.id,
                ..PartnerRole::default()
            })
            .collect(),
        ..Partnership::default()
    }
}

/// Five organisations: A (government) is in three partnerships, with B
/// (private) twice and with C (academia) once; C and D (no type) share a
/// partnership with A; E (ngo) is in none.
///   p1 = {A, B}, p2 = {A, B}, p3 = {A, C, D}
fn network() -> (Document, Graph, Vec<Organisation>) {
    let orgs = vec![
        org("A", "government"),
        org("B", "private"),
        org("C", "academia"),
        org("D", ""),
        org("E", "ngo"),
    ];
    let doc = Document {
        organisations: orgs.iter().cloned().map(Arc::new).collect(),
        ..Document::default()
    };
    let (a, b, c, d) = (&orgs[0], &orgs[1], &orgs[2], &orgs[3]);
    let partnerships = [
        partnership(&[a, b]),
        partnership(&[b, a]),
        partnership(&[a, c, d]),
    ];
    let graph = Graph::new(&doc, &partnerships);
    (doc, graph, orgs)
}

fn positions(n: usize) -> Vec<[f32; 2]> {
    (0..u16::try_from(n).unwrap())
        .map(|i| [100.0 * f32::from(i), 50.0])
        .collect()
}

fn everything(doc: &Document, graph: &Graph) -> Picture {
    picture(doc, graph, &[true; 5], &positions(5))
}

#[test]
fn nodes_grow_with_their_partnerships() {
    let (doc, graph, orgs) = network();
    let pic = everything(&doc, &graph);
    let radius: Vec<f32> = pic.nodes.iter().map(|n| n.radius).collect();
    // A is in 3 partnerships, B in 2, C and D in 1, E in none.
    let expected = [6.0 + 3.0 * 3f32.sqrt(), 6.0 + 3.0 * 2f32.sqrt(), 9.0, 9.0, 6.0];
    for (got, want) in radius.iter().zip(expected) {
        assert!((got - want).abs() < 1e-4, "{radius:?}");
    }
    assert_eq!(pic.nodes[0].organisation, orgs[0].id);
    assert!((pic.nodes[4].at[0] - 400.0).abs() < 1e-6 && (pic.nodes[4].at[1] - 50.0).abs() < 1e-6);
    assert_eq!(pic.nodes[1].label, "B");
}

#[test]
fn a_lone_partner_counts_one_partnership() {
    let a = org("A", "");
    let doc = Document {
        organisations: vec![Arc::new(a.clone())],
        ..Document::default()
    };
    let graph = Graph::new(&doc, &[partnership(&[&a])]);
    let pic = picture(&doc, &graph, &[true], &[[0.0, 0.0]]);
    assert!((pic.nodes[0].radius - 9.0).abs() < 1e-4);
}

#[test]
fn links_widen_with_shared_partnerships_up_to_a_cap() {
    let (doc, graph, _) = network();
    let pic = everything(&doc, &graph);
    let links: Vec<(usize, usize, usize, f32)> = pic
        .links
        .iter()
        .map(|l| (l.a, l.b, l.partnerships, l.width))
        .collect();
    assert_eq!(
        links,
        vec![(0, 1, 2, 3.0), (0, 2, 1, 1.5), (0, 3, 1, 1.5), (2, 3, 1, 1.5)]
    );
    assert!((link_width(3) - 4.5).abs() < 1e-6);
    assert!((link_width(100) - 9.0).abs() < 1e-6);
    assert!((node_radius(4) - 12.0).abs() < 1e-6);
}

#[test]
fn colours_follow_the_vocabulary_and_unknown_types_are_grey() {
    let (doc, graph, _) = network();
    // The default vocabulary: government, private, academia, ngo, ...
    assert_eq!(type_colour(&doc, "government"), PALETTE[0]);
    assert_eq!(type_colour(&doc, "academia"), PALETTE[2]);
    assert_eq!(type_colour(&doc, "ngo"), PALETTE[3]);
    assert_eq!(type_colour(&doc, ""), NO_TYPE);
    assert_eq!(type_colour(&doc, "pirates"), NO_TYPE);
    let pic = everything(&doc, &graph);
    let colours: Vec<[u8; 3]> = pic.nodes.iter().map(|n| n.colour).collect();
    assert_eq!(
        colours,
        vec![PALETTE[0], PALETTE[1], PALETTE[2], NO_TYPE, PALETTE[3]]
    );
    assert_eq!(pic.nodes[3].type_key, "");
    assert_eq!(pic.nodes[2].type_key, "academia");
}

#[test]
fn the_palette_colours_differ_from_each_other_and_from_grey() {
    let mut all = PALETTE.to_vec();
    all.push(NO_TYPE);
    for (i, one) in all.iter().enumerate() {
        for other in &all[i + 1..] {
            let distance: u32 = one
                .iter()
                .zip(other)
                .map(|(x, y)| u32::from(x.abs_diff(*y)))
                .sum();
            assert!(distance > 45, "{one:?} and {other:?} are too close");
        }
    }
}

/// Relative luminance (WCAG) of an sRGB colour.
fn luminance(colour: [u8; 3]) -> f32 {
    let linear = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = colour;
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(one: [u8; 3], other: [u8; 3]) -> f32 {
    let (a, b) = (luminance(one), luminance(other));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn the_palette_is_legible_on_white_and_on_dark_grey() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    for colour in PALETTE.iter().chain([&NO_TYPE]) {
        let on_white = contrast(*colour, [255, 255, 255]);
        let on_dark = contrast(*colour, [0x30, 0x30, 0x30]);
        assert!(
            on_white >= 2.8 && on_dark >= 2.8,
            "{colour:?}: {on_white} {on_dark}"
        );
    }
}

#[test]
fn the_legend_lists_types_shown_in_vocabulary_order_then_no_type() {
    let (doc, graph, _) = network();
    let pic = everything(&doc, &graph);
    let legend: Vec<(&str, [u8; 3])> = pic.legend.iter().map(|e| (e.label.as_str(), e.colour)).collect();
    assert_eq!(
        legend,
        vec![
            ("Government / public sector", PALETTE[0]),
            ("Private sector", PALETTE[1]),
            ("Academia and research", PALETTE[2]),
            ("NGO / civil society", PALETTE[3]),
            ("Type not stated", NO_TYPE),
        ]
    );
}

#[test]
fn hidden_nodes_and_their_links_are_left_out() {
    let (doc, graph, _) = network();
    // Hide A and E; the sixth flag and a missing place change nothing.
    let shown = [false, true, true, true, false, true];
    let pic = picture(&doc, &graph, &shown, &positions(5));
    let nodes: Vec<usize> = pic.nodes.iter().map(|n| n.node).collect();
    assert_eq!(nodes, vec![1, 2, 3]);
    let links: Vec<(usize, usize)> = pic.links.iter().map(|l| (l.a, l.b)).collect();
    assert_eq!(links, vec![(2, 3)]);
    let legend: Vec<&str> = pic.legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        legend,
        vec!["Private sector", "Academia and research", "Type not stated"]
    );
    // Hidden A keeps its partnerships in B's size.
    assert!((pic.nodes[0].radius - (6.0 + 3.0 * 2f32.sqrt())).abs() < 1e-4);
    // A node without a place is not drawn.
    let pic = picture(&doc, &graph, &[true; 5], &positions(2));
    assert_eq!(pic.nodes.len(), 2);
    assert_eq!(pic.links.len(), 1);
}

/// The text of every `text` element and the attributes of the root, read
/// back with an XML parser that rejects malformed files.
fn read_back(file: &str) -> (Vec<String>, String) {
    let mut reader = Reader::from_str(file);
    let mut texts = Vec::new();
    let mut view_box = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().0 == "text" => {
                in_text = true;
                texts.push(String::new());
            }
            Event::Start(e) if e.name().0 == "svg" => {
                let attribute = e.try_get_attribute("viewBox").unwrap().unwrap();
                view_box = attribute
                    .normalized_value(XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned();
            }
            Event::End(e) if e.name().0 == "text" => in_text = false,
            Event::Text(t) if in_text => {
                let text = t.xml_content(XmlVersion::Implicit1_0);
                texts.last_mut().unwrap().push_str(&text);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.xml_content(XmlVersion::Implicit1_0);
                let character = match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                };
                texts.last_mut().unwrap().push_str(character);
            }
            Event::Start(e) if e.name().0 == "script" => panic!("a script"),
            Event::Empty(e) if e.name().0 == "script" => panic!("a script"),
            Event::Eof => break,
            _ => {}
        }
    }
    (texts, view_box)
}

#[test]
fn svg_parses_back_with_hostile_names_kept_as_text() {
    let (mut doc, _, _) = network();
    let hostile = org("<script>alert(1)</script> & \"Co\"\u{7}", "ngo");
    doc.organisations.push(Arc::new(hostile.clone()));
    let graph = Graph::new(&doc, &[]);
    let pic = picture(&doc, &graph, &[true; 6], &positions(6));
    let file = svg(&pic, "Network & <friends>");
    assert!(!file.contains("<script"), "{file}");
    assert!(file.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
    assert!(!file.contains('\u{7}'));
    let (texts, _) = read_back(&file);
    assert!(
        texts.contains(&"<script>alert(1)</script> & \"Co\"".to_owned()),
        "{texts:?}"
    );
    assert!(texts.contains(&"Network & <friends>".to_owned()), "{texts:?}");
    assert!(texts.contains(&"Type not stated".to_owned()), "{texts:?}");
    assert!(texts.contains(&"A".to_owned()));
}

#[test]
fn svg_draws_links_then_nodes_then_labels_then_legend() {
    let (doc, graph, _) = network();
    let file = svg(&everything(&doc, &graph), "T");
    let first = |needle: &str| file.find(needle).unwrap();
    assert!(first("<line") < first("<circle"));
    assert!(first("<circle") < first(">A</text>"));
    assert!(first(">A</text>") < first(">Private sector</text>"));
    assert_eq!(file.matches("<line").count(), 4);
    // Five organisations and five legend swatches.
    assert_eq!(file.matches("<circle").count(), 10);
    assert!(file.contains("font-family=\"'Noto Sans Arabic', 'DejaVu Sans', sans-serif\""));
    assert!(!file.contains("href"));
}

#[test]
fn svg_view_box_fits_the_picture_with_a_margin() {
    let (doc, graph, _) = network();
    let pic = picture(&doc, &graph, &[false, true, true, false, false], &positions(5));
    let (_, view_box) = read_back(&svg(&pic, "T"));
    let numbers: Vec<f32> = view_box.split(' ').map(|n| n.parse().unwrap()).collect();
    let [x, y, width, height] = numbers[..] else {
        panic!("{view_box}")
    };
    // B at x = 100 (radius 10.2), C at x = 200 (radius 9): both inside, with room.
    assert!(x < 100.0 - 10.3 - 10.0 && x > 100.0 - 10.3 - 60.0, "{view_box}");
    assert!(
        x + width > 200.0 + 9.0 + 10.0 && x + width < 200.0 + 9.0 + 60.0,
        "{view_box}"
    );
    // The title's band above and two legend lines below.
    assert!(y < 50.0 - 10.3 - 30.0, "{view_box}");
    assert!(y + height > 50.0 + 10.3 + 11.0 + 2.0 * 18.0, "{view_box}");
}

#[test]
fn arabic_names_stay_in_logical_order_and_read_right_to_left() {
    let name = "بنك التنمية 2030";
    let mut doc = Document::default();
    doc.organisations.push(Arc::new(org(name, "financing")));
    let graph = Graph::new(&doc, &[]);
    let pic = picture(&doc, &graph, &[true], &[[0.0, 0.0]]);
    assert_eq!(pic.nodes[0].label, name);
    let file = svg(&pic, "الشبكة");
    assert!(file.contains(&format!(
        "direction=\"rtl\" style=\"unicode-bidi:plaintext\">{name}</text>"
    )));
    let (texts, _) = read_back(&file);
    assert!(texts.contains(&name.to_owned()));
    assert!(texts.contains(&"Financing institution".to_owned()));
}

#[test]
fn an_empty_picture_is_still_a_valid_file() {
    let file = svg(&Picture::default(), "");
    let (texts, view_box) = read_back(&file);
    assert!(texts.is_empty(), "{texts:?}");
    assert!(!view_box.contains("NaN"));
}

#[test]
fn a_mark_is_found_by_its_node_only_when_drawn() {
    let (doc, graph, _) = network();
    let shown = [false, true, true, true, false];
    let pic = picture(&doc, &graph, &shown, &positions(5));
    assert_eq!(pic.mark(2).map(|m| m.node), Some(2));
    assert_eq!(pic.mark(3).map(|m| m.node), Some(3));
    assert!(pic.mark(0).is_none() && pic.mark(4).is_none() && pic.mark(9).is_none());
}
