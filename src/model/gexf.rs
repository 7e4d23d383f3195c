//! The network of organisations as GEXF 1.3, the file Gephi opens: an
//! organisation is a node carrying its stakeholder type and country, and two
//! organisations are joined by an edge weighted by how many partnerships they
//! share (see [`crate::model::network`]). What goes in is decided by
//! [`for_audience`] alone.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::audience::{Audience, for_audience};
use super::{Document, Vocabularies, network};
use crate::tr;

type Result<T = ()> = std::io::Result<T>;

/// The GEXF file of the network `audience` may see, in UTF-8.
pub fn gexf(doc: &Document, audience: Audience) -> std::result::Result<Vec<u8>, String> {
    let copy = for_audience(doc, audience);
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_graph(&mut writer, &copy).map_err(|e| tr!("exports-gexf-failed", reason = e.to_string()))?;
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// How many organisations and links the GEXF file for `audience` holds.
pub fn size(doc: &Document, audience: Audience) -> (usize, usize) {
    let copy = for_audience(doc, audience);
    let links = network::links(&copy, copy.partnerships.iter().map(AsRef::as_ref));
    (copy.organisations.len(), links.len())
}

fn write_graph(writer: &mut Writer<Vec<u8>>, doc: &Document) -> Result {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let root =
        BytesStart::new("gexf").with_attributes([("xmlns", "http://gexf.net/1.3"), ("version", "1.3")]);
    writer.write_event(Event::Start(root))?;
    writer.create_element("meta").write_inner_content(|w| {
        w.create_element("creator")
            .write_text_content(BytesText::new("Majlis"))?;
        w.create_element("description")
            .write_text_content(BytesText::new(&doc.meeting.title))?;
        Ok(())
    })?;
    writer
        .create_element("graph")
        .with_attribute(("defaultedgetype", "undirected"))
        .write_inner_content(|w| {
            attribute_declarations(w)?;
            nodes(w, doc)?;
            edges(w, doc)
        })?;
    writer.write_event(Event::End(BytesEnd::new("gexf")))
}

/// The two attributes every node carries, titled in the interface's language.
fn attribute_declarations(writer: &mut Writer<Vec<u8>>) -> Result {
    let stakeholder_type = tr!("personal-column-stakeholder-type");
    let country = tr!("personal-column-country");
    writer
        .create_element("attributes")
        .with_attribute(("class", "node"))
        .write_inner_content(|w| {
            for (id, title) in [("type", &stakeholder_type), ("country", &country)] {
                w.create_element("attribute")
                    .with_attributes([("id", id), ("title", title.as_str()), ("type", "string")])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn nodes(writer: &mut Writer<Vec<u8>>, doc: &Document) -> Result {
    writer.create_element("nodes").write_inner_content(|w| {
        for org in &doc.organisations {
            let id = org.id.to_string();
            let kind = Vocabularies::label(&doc.vocabularies.stakeholder_types, &org.stakeholder_type);
            w.create_element("node")
                .with_attributes([("id", id.as_str()), ("label", org.name.as_str())])
                .write_inner_content(|w| {
                    w.create_element("attvalues").write_inner_content(|w| {
                        for (key, value) in [("type", kind), ("country", org.country.as_str())] {
                            w.create_element("attvalue")
                                .with_attributes([("for", key), ("value", value)])
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn edges(writer: &mut Writer<Vec<u8>>, doc: &Document) -> Result {
    let links = network::links(doc, doc.partnerships.iter().map(AsRef::as_ref));
    writer.create_element("edges").write_inner_content(|w| {
        for (index, link) in links.iter().enumerate() {
            let (id, source, target) = (index.to_string(), link.a.to_string(), link.b.to_string());
            let weight = link.weight().to_string();
            w.create_element("edge")
                .with_attributes([
                    ("id", id.as_str()),
                    ("source", source.as_str()),
                    ("target", target.as_str()),
                    ("weight", weight.as_str()),
                ])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
#[path = "gexf_tests.rs"]
mod tests;
