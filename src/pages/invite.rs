//! An invitation to a two-sided review: the partner answers one module about the relationship
//! from their side. The link holds the module and the inviting company's name only, never the
//! inviter's answers.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
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
    let confirming = use_state(|| false);
    let invitation = match read_invite(app.content, &props.token) {
        Ok(invitation) => invitation,
        Err(error) => {
            return html! {
                <>
                    <h1 id="page-heading" tabindex="-1">{ "This invitation cannot be opened" }</h1>
                    <p class="blocker" role="alert">{ error.to_string() }</p>
                    <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ "Take the assessment yourself" }</a></div>
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
    let about = if module.id == "serious_partner" {
        format!(
            "You grade the six signs of a serious partner at {} from what you can see.",
            invitation.from
        )
    } else {
        "You answer about the alliance from your company's side: \"your company\" in the questions is yours, and \"the partner\" is them.".to_owned()
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ format!("{} invites you to a two-sided review", invitation.from) }</h1>
            <p class="lead">{ format!("{} has assessed your partnership in {} and asks for your side. {about}", invitation.from, module_heading(&module.letter, &module.title)) }</p>
            <ul class="promises">
                <li>{ format!("You will not see {}'s answers, and they will not see yours until you send them the link at the end.", invitation.from) }</li>
                <li>{ "Your answers stay in this browser; nothing is sent to any server." }</li>
                <li>{ "Comparing the two sides shows where your views differ most, each with a question to discuss together." }</li>
            </ul>
            if *confirming {
                <div class="notice" role="alert">
                    <p>{ "Answering replaces the assessment in progress in this browser." }</p>
                </div>
            }
            <div class="actions"><button class="primary" onclick={start}>{ if *confirming { "Replace it and answer" } else { "Answer from our side" } }</button></div>
        </>
    }
}
