//! The two-sided review: our answers beside the partner's, per dimension, the largest gap
//! first, each with a question for both sides to discuss.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{BackLink, CopyLink, ReportInput, SideInput, TableScroll, short_link};
use crate::words::use_words;
use partnering_core::answers::Answers;
use partnering_core::display::{signed, value_text};
use partnering_core::i18n::Words;
use partnering_core::model::{Content, Module};
use partnering_core::pasted::read;
use partnering_core::route::Route;
use partnering_core::two_sided::{Invitation, TWO_SIDED, gap, invite_token, is_same_answers};

/// The invitation to answer module `m` from the partner's side, from our company (or, for
/// module D with no company named, the consultancy); module B needs our company named, since
/// it asks the partner about it.
fn invitation(
    words: &Words,
    m: &Module,
    own_name: Option<String>,
    consultancy: String,
) -> Option<Html> {
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
            <CopyLink url={link.clone()} label={words.fill("gap.copy_invitation", &[("letter", (&m.letter).into())])} />
            <a class="invitation-link" href={link.clone()}>{ short_link(&link) }</a>
        </li>
    })
}

/// Both views of each two-sided module, the largest gap first; one's own answers loaded as
/// the partner's are named as such instead of a table of zeros, which would read as perfect
/// agreement.
fn gap_views(
    words: &Words,
    content: &Content,
    ours: &Answers,
    partner: &Answers,
    modules: &[&Module],
) -> Html {
    if is_same_answers(content, ours, partner) {
        return html! { <p class="blocker same-answers" role="alert">{ words.get("gap.own_answers") } </p> };
    }
    let gaps: Vec<_> = modules
        .iter()
        .filter_map(|m| gap(content, &m.id, ours, partner))
        .collect();
    if gaps.is_empty() {
        return html! { <p class="blocker" role="alert">{ words.get("gap.no_shared_module") }</p> };
    }
    html! {
        <>{ for gaps.into_iter().map(|g| html! {
            <section class="gap" aria-label={g.module.clone()}>
                <h2>{ &g.module }</h2>
                if let Some(name) = &g.about {
                    <p class="alliance-named">{ words.get("module.about_alliance") }<bdi>{ name }</bdi></p>
                }
                if g.same_answers {
                    <p class="notice same-answers" role="status">{ words.get("gap.same_answers") }</p>
                }
                <TableScroll label={words.fill("gap.table", &[("module", (&g.module).into())])}>
                    <table class="gap-table">
                        <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col">{ words.get("gap.ours") }</th><th scope="col">{ words.get("gap.theirs") }</th><th scope="col">{ words.get("gap.gap") }</th><th scope="col">{ words.get("gap.discuss") }</th></tr></thead>
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
    let words = use_words();
    let theirs = use_state(|| SideInput {
        label: words.get("compare.partner").into(),
        ..SideInput::default()
    });
    let ours = app.answers();
    let own_name = ours.parties.iter().find(|p| p.own).map(|p| p.name.clone());
    let modules: Vec<_> = TWO_SIDED
        .iter()
        .filter_map(|id| app.content.modules.iter().find(|m| m.id == *id))
        .filter(|m| ours.modules.contains(&m.id))
        .collect();
    let invitations = modules.iter().filter_map(|m| {
        invitation(
            &words,
            m,
            own_name.clone(),
            app.consultancy(&words).to_string(),
        )
    });
    let on_theirs = {
        let theirs = theirs.clone();
        Callback::from(move |value: SideInput| theirs.set(value))
    };
    let read = (!theirs.text.trim().is_empty()).then(|| read(app.content, &theirs.text));
    let error = read.clone().and_then(Result::err);
    let views = read
        .and_then(Result::ok)
        .map(|partner| gap_views(&words, app.content, ours, &partner, &modules));
    html! {
        <>
            <BackLink />
            <h1 id="page-heading" tabindex="-1">{ words.get("gap.title") }</h1>
            <p class="lead">{ words.get("gap.lead") }</p>
            <p class="hint">{ words.get("gap.result") }</p>
            if modules.is_empty() {
                <p>{ words.get("gap.which_modules") }<a href={Route::Choose.to_hash()}>{ words.get("step.choose_modules") }</a></p>
            } else {
                <section class="no-print" aria-labelledby="invite-heading">
                    <h2 id="invite-heading">{ words.get("gap.invite") }</h2>
                    <p class="hint">{ words.get("gap.invite_hint") }</p>
                    <ul class="invitations">{ for invitations }</ul>
                </section>
                <section aria-labelledby="theirs-heading">
                    <h2 id="theirs-heading" class="no-print">{ words.get("gap.load") }</h2>
                    <div class="no-print"><ReportInput id="theirs" legend={words.get("gap.their_answers").to_owned()} value={(*theirs).clone()} {error} on_change={on_theirs} /></div>
                    { views.unwrap_or_default() }
                </section>
            }
        </>
    }
}
