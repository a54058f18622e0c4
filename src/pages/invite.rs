//! An invitation to a two-sided review: the partner answers one module about the relationship
//! from their side. The link holds the module and the inviting company's name only, never the
//! inviter's answers.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::words::use_words;
use partnering_core::display::module_heading;
use partnering_core::route::Route;
use partnering_core::two_sided::{invited_answers, read_invite};

#[derive(Properties, PartialEq)]
pub struct InviteProps {
    pub token: AttrValue,
}

#[component(InvitePage)]
pub fn invite_page(props: &InviteProps) -> Html {
    let app = use_assessment();
    let words = use_words();
    let confirming = use_state(|| false);
    let invitation = match read_invite(app.content, &props.token) {
        Ok(invitation) => invitation,
        Err(error) => {
            return html! {
                <>
                    <h1 id="page-heading" tabindex="-1">{ words.get("invite.cannot_open") }</h1>
                    <p class="blocker" role="alert">{ error.in_words(&words) }</p>
                    <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ words.get("invite.take_yourself") }</a></div>
                </>
            };
        }
    };
    let Some(module) = app.content.module(&invitation.module) else {
        return html! {};
    };
    // Starting replaces an assessment in progress in this browser, so it asks first.
    let in_progress = *app.answers() != Default::default() || app.state().saved.is_some();
    let start = {
        let (app, confirming, invitation) = (app.clone(), confirming.clone(), invitation.clone());
        Callback::from(move |_| {
            if in_progress && !*confirming {
                confirming.set(true);
                return;
            }
            app.start_over();
            app.load(invited_answers(&invitation));
            // Straight into the module the partner was invited to answer.
            browser::navigate(&Route::Step {
                module: invitation.module.clone(),
                index: 0,
            });
        })
    };
    let from = [("from", (&invitation.from).into())];
    let about = if module.id == "serious_partner" {
        words.fill("invite.about_serious", &from)
    } else {
        words.get("invite.about_alliance").to_owned()
    };
    let heading = module_heading(&module.letter, &module.title);
    let lead = words.fill(
        "invite.lead",
        &[
            ("from", (&invitation.from).into()),
            ("module", (&heading).into()),
            ("about", (&about).into()),
        ],
    );
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.fill("invite.title", &from) }</h1>
            <p class="lead">{ lead }</p>
            <ul class="promises">
                <li>{ words.fill("invite.not_see", &from) }</li>
                <li>{ words.get("invite.private") }</li>
                <li>{ words.get("invite.compare") }</li>
            </ul>
            if *confirming {
                <div class="notice" role="alert">
                    <p>{ words.get("invite.replaces") }</p>
                </div>
            }
            <div class="actions"><button class="primary" onclick={start}>{ if *confirming { words.get("invite.replace_and_answer") } else { words.get("invite.answer") } }</button></div>
        </>
    }
}
