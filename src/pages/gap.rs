//! The two-sided review: our answers beside the partner's, per dimension, the largest gap
//! first, each with a question for both sides to discuss.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{BackLink, CopyLink, ReportInput, SideInput, TableScroll, short_link};
use partnering_core::answers::Answers;
use partnering_core::display::{signed, value_text};
use partnering_core::model::{Content, Module};
use partnering_core::pasted::read;
use partnering_core::route::Route;
use partnering_core::two_sided::{Invitation, TWO_SIDED, gap, invite_token, is_same_answers};

const OWN_ANSWERS: &str = "These are your own answers: the link or file you loaded holds exactly the answers in this browser, so every gap would be zero. Load the link or file your partner sent back after answering from their side.";

const SAME_MODULE_ANSWERS: &str = "Both sides gave exactly the same answer to every question here, so every gap is zero. If this is your own link or file loaded by mistake, load the one your partner sent back.";

/// The invitation to answer module `m` from the partner's side, from our company (or, for
/// module D with no company named, the consultancy); module B needs our company named, since
/// it asks the partner about it.
fn invitation(m: &Module, own_name: Option<String>, consultancy: String) -> Option<Html> {
    let from = if m.id == "serious_partner" {
        own_name?
    } else {
        own_name.unwrap_or(consultancy)
    };
    let link = browser::link_to(&Route::Invite(invite_token(&Invitation {
        module: m.id.clone(),
        from,
    })));
    Some(html! {
        <li>
            <strong>{ format!("{}. {}: ", m.letter, m.title) }</strong>
            <CopyLink url={link.clone()} label={format!("Copy the invitation for module {}", m.letter)} />
            <a class="invitation-link" href={link.clone()}>{ short_link(&link) }</a>
        </li>
    })
}

/// Both views of each two-sided module, the largest gap first; one's own answers loaded as
/// the partner's are named as such instead of a table of zeros, which would read as perfect
/// agreement.
fn gap_views(content: &Content, ours: &Answers, partner: &Answers, modules: &[&Module]) -> Html {
    if is_same_answers(content, ours, partner) {
        return html! { <p class="blocker same-answers" role="alert">{ OWN_ANSWERS } </p> };
    }
    let gaps: Vec<_> = modules
        .iter()
        .filter_map(|m| gap(content, &m.id, ours, partner))
        .collect();
    if gaps.is_empty() {
        return html! { <p class="blocker" role="alert">{ "These answers share no two-sided module with yours (B, with your own company assessed, or D)." }</p> };
    }
    html! {
        <>{ for gaps.into_iter().map(|g| html! {
            <section class="gap" aria-label={g.module.clone()}>
                <h2>{ &g.module }</h2>
                if let Some(name) = &g.about {
                    <p class="alliance-named">{ "About the alliance with " }<bdi>{ name }</bdi></p>
                }
                if g.same_answers {
                    <p class="notice same-answers" role="status">{ SAME_MODULE_ANSWERS }</p>
                }
                <TableScroll label={format!("Both views of {}", g.module)}>
                    <table class="gap-table">
                        <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Our view" }</th><th scope="col">{ "Their view" }</th><th scope="col">{ "Gap" }</th><th scope="col">{ "To discuss" }</th></tr></thead>
                        <tbody>{ for g.rows.iter().map(|r| html! {
                            <tr><th scope="row">{ &r.title }</th><td>{ value_text(r.ours) }</td><td>{ value_text(r.theirs) }</td><td class="delta">{ signed(r.gap) }</td><td>{ &r.prompt }</td></tr>
                        }) }</tbody>
                    </table>
                </TableScroll>
            </section>
        }) }</>
    }
}

#[component(GapPage)]
pub fn gap_page() -> Html {
    let app = use_assessment();
    let theirs = use_state(|| SideInput {
        label: "Partner".into(),
        ..SideInput::default()
    });
    let ours = app.answers();
    let own_name = ours.parties.iter().find(|p| p.own).map(|p| p.name.clone());
    let modules: Vec<_> = TWO_SIDED
        .iter()
        .filter_map(|id| app.content.modules.iter().find(|m| m.id == *id))
        .filter(|m| ours.modules.contains(&m.id))
        .collect();
    let invitations = modules
        .iter()
        .filter_map(|m| invitation(m, own_name.clone(), app.consultancy().to_string()));
    let on_theirs = {
        let theirs = theirs.clone();
        Callback::from(move |value: SideInput| theirs.set(value))
    };
    let read = (!theirs.text.trim().is_empty()).then(|| read(app.content, &theirs.text));
    let error = read.clone().and_then(Result::err);
    let views = read
        .and_then(Result::ok)
        .map(|partner| gap_views(app.content, ours, &partner, &modules));
    html! {
        <>
            <BackLink />
            <h1 id="page-heading" tabindex="-1">{ "Two-sided review" }</h1>
            <p class="lead">{ "Ask your partner to answer the same module about your relationship from their side, then load their answers here to see where your views differ most." }</p>
            <p class="hint">{ "The result: both sides' scores for every dimension, the largest gap first, each with a question to discuss together." }</p>
            if modules.is_empty() {
                <p>{ "A two-sided review compares module B (with your own company assessed) or module D. " }<a href={Route::Choose.to_hash()}>{ "Choose your modules" }</a></p>
            } else {
                <section class="no-print" aria-labelledby="invite-heading">
                    <h2 id="invite-heading">{ "1. Invite your partner" }</h2>
                    <p class="hint">{ "Send the link for the module you want both sides to answer. It holds no answers of yours." }</p>
                    <ul class="invitations">{ for invitations }</ul>
                </section>
                <section aria-labelledby="theirs-heading">
                    <h2 id="theirs-heading" class="no-print">{ "2. Load your partner's answers" }</h2>
                    <div class="no-print"><ReportInput id="theirs" legend="Your partner's answers" value={(*theirs).clone()} {error} on_change={on_theirs} /></div>
                    { views.unwrap_or_default() }
                </section>
            }
        </>
    }
}
