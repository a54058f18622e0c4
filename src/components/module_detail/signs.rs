//! Module B's view: each sign of a serious partner, per company assessed, and the guidance
//! for each.

use yew::prelude::*;

use partnering_core::i18n::Words;

use crate::components::TableScroll;
use partnering_core::scoring::{PartySigns, SignStatus};

#[derive(Properties, PartialEq)]
pub struct SignsProps {
    /// The six signs' titles, in order.
    pub titles: Vec<String>,
    pub parties: Vec<PartySigns>,
}

fn mark(words: &Words, status: SignStatus) -> &str {
    words.get(match status {
        SignStatus::Present => "signs.present",
        SignStatus::Partial => "signs.partial",
        SignStatus::Absent => "signs.absent",
        SignStatus::Unknown => "signs.unknown",
        SignStatus::NotAsked => "signs.not_asked",
    })
}

#[component(SignsView)]
pub fn signs_view(props: &SignsProps) -> Html {
    let words = crate::words::use_words();
    let parties = &props.parties;
    let kind = |own: bool| {
        if own {
            words.get("signs.your_company")
        } else {
            words.get("signs.partner_assessment")
        }
    };
    let in_place = |p: &PartySigns| {
        words.fill(
            "signs.in_place_counts",
            &[
                ("present", p.present.into()),
                ("partial", p.partial.into()),
                ("absent", p.absent.into()),
            ],
        )
    };
    html! {
        <div class="detail">
            <h3>{ words.get("signs.title") }</h3>
            <TableScroll label={words.get("signs.table").to_owned()}>
                <table class="signs">
                    <thead><tr><th scope="col">{ words.get("signs.sign") }</th>{ for parties.iter().map(|p| html! {
                        <th scope="col"><bdi>{ &p.name }</bdi><span class="party-kind">{ kind(p.own) }</span></th>
                    }) }</tr></thead>
                    <tbody>
                        { for props.titles.iter().enumerate().map(|(i, title)| html! {
                            <tr><th scope="row">{ title }</th>{ for parties.iter().map(|p| html! { <td>{ mark(&words, p.signs.get(i).map_or(SignStatus::Unknown, |s| s.2)) }</td> }) }</tr>
                        }) }
                        <tr class="total"><th scope="row">{ words.get("signs.in_place") }</th>{ for parties.iter().map(|p| html! {
                            <td>{ in_place(p) }</td>
                        }) }</tr>
                    </tbody>
                </table>
            </TableScroll>
            { for parties.iter().filter_map(|p| p.guidance.as_ref().map(|g| html! {
                <p><strong><bdi>{ &p.name }</bdi>{ if p.own { words.get("signs.own_guidance") } else { words.get("signs.partner_guidance") } }</strong>{ g }</p>
            })) }
        </div>
    }
}
