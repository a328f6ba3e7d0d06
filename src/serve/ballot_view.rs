//! `BallotView`: the ballot panel on the big screen: the vote's counts, the
//! procedure check's findings on it, and each representative's link and QR code.

use serde::Serialize;

use crate::render::FindingView;
use crate::serve::ballot::{Ballot, Tally};
use crate::serve::workspace::Workspace;

/// A representative's link on the big screen.
#[derive(Debug, Serialize)]
struct Link {
    number: u32,
    url: String,
    /// The QR code, an SVG document.
    qr: String,
    present: bool,
    voted: bool,
}

/// The ballot panel: the vote's counts, the procedure findings and the links.
#[derive(Debug, Serialize)]
pub struct BallotView {
    open: bool,
    offer: Option<usize>,
    label: String,
    tally: Tally,
    links: Vec<Link>,
    /// The procedure check's findings on the vote.
    findings: Vec<FindingView>,
    recorded: Option<String>,
}

impl BallotView {
    pub fn of(ws: &Workspace, ballot: &Ballot, base_url: &str) -> BallotView {
        let offer = ballot.offer.and_then(|i| ws.offers.get(i));
        let links = ballot
            .representatives
            .iter()
            .map(|r| {
                let url = format!("{base_url}r/{}", r.token);
                Link {
                    number: r.number,
                    qr: qr_svg(&url),
                    url,
                    present: r.present,
                    voted: r.vote.is_some(),
                }
            })
            .collect();
        let findings = offer
            .and_then(|o| o.report.as_ref())
            .map(|r| {
                r.findings
                    .iter()
                    .filter(|f| f.rule.starts_with("vote-"))
                    .map(FindingView::from)
                    .collect()
            })
            .unwrap_or_default();
        BallotView {
            open: offer.is_some(),
            offer: ballot.offer,
            label: offer.map(|o| o.label.clone()).unwrap_or_default(),
            tally: ballot.tally(),
            links,
            findings,
            recorded: offer.and_then(|o| o.saved.as_ref().map(|n| n.to_string())),
        }
    }
}

/// A QR code of `text` as an SVG element, to put inline in a page.
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build();
            // Inline in HTML, without the XML declaration.
            match svg.find("<svg") {
                Some(at) => svg[at..].to_string(),
                None => svg,
            }
        }
        Err(_) => String::new(),
    }
}
