//! Module B's view: each sign of a serious partner, per company assessed, and the guidance
//! for each.

use yew::prelude::*;

use crate::components::TableScroll;
use partnering_core::scoring::{PartySigns, SignStatus};

#[derive(Properties, PartialEq)]
pub struct SignsProps {
    /// The six signs' titles, in order.
    pub titles: Vec<String>,
    pub parties: Vec<PartySigns>,
}

fn mark(status: SignStatus) -> &'static str {
    match status {
        SignStatus::Present => "✔ Present",
        SignStatus::Partial => "◐ Partial",
        SignStatus::Absent => "✘ Absent",
        SignStatus::Unknown => "? Not known",
        SignStatus::NotAsked => "Not asked in the quick check",
    }
}

#[component(SignsView)]
pub fn signs_view(props: &SignsProps) -> Html {
    let parties = &props.parties;
    let kind = |own: bool| {
        if own {
            "Your company"
        } else {
            "Partner assessment"
        }
    };
    html! {
        <div class="detail">
            <h3>{ "Signs of a serious partner" }</h3>
            <TableScroll label="Signs by company">
                <table class="signs">
                    <thead><tr><th scope="col">{ "Sign" }</th>{ for parties.iter().map(|p| html! {
                        <th scope="col"><bdi>{ &p.name }</bdi><span class="party-kind">{ kind(p.own) }</span></th>
                    }) }</tr></thead>
                    <tbody>
                        { for props.titles.iter().enumerate().map(|(i, title)| html! {
                            <tr><th scope="row">{ title }</th>{ for parties.iter().map(|p| html! { <td>{ mark(p.signs.get(i).map_or(SignStatus::Unknown, |s| s.2)) }</td> }) }</tr>
                        }) }
                        <tr class="total"><th scope="row">{ "In place" }</th>{ for parties.iter().map(|p| html! {
                            <td>{ format!("{} present, {} partial, {} absent", p.present, p.partial, p.absent) }</td>
                        }) }</tr>
                    </tbody>
                </table>
            </TableScroll>
            { for parties.iter().filter_map(|p| p.guidance.as_ref().map(|g| html! {
                <p><strong><bdi>{ &p.name }</bdi>{ if p.own { " (your company): " } else { " (partner): " } }</strong>{ g }</p>
            })) }
        </div>
    }
}
