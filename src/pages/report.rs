//! One's own report: the report view with its next step and actions, the contact step when
//! configured, and the report event for the host page.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Assessment, use_assessment};
use crate::browser::{self, embed};
use crate::components::{CallToAction, ContentRef, LeadFormView, ReportView, own_company};
use crate::pages::report_actions::{OwnReportActions, own_next_step};
use crate::words::use_words;
use partnering_core::events;
use partnering_core::funnel::{Contact, LeadForm, LeadPosition};
use partnering_core::i18n::Words;
use partnering_core::route::Route;
use partnering_core::scoring::{Report, score};
use partnering_core::share;

fn no_assessment(words: &Words) -> Html {
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("report.none_title") }</h1>
            <p class="lead">{ words.get("report.none_text") }</p>
            <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ words.get("report.start") }</a></div>
        </>
    }
}

/// The contact step: sent or skipped once per visit; its details go only to the configured
/// host page.
fn lead_step(words: &Words, app: &Assessment, report: &Rc<Report>, form: Rc<LeadForm>) -> Html {
    let on_submit = {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |contact: Contact| {
            if let Some(event) = events::lead_submitted_for(
                &app.config,
                app.content,
                app.answers(),
                &report,
                &contact,
                &browser::now_iso(),
            ) {
                embed::post(&app.config, &event);
            }
            app.lead_done();
        })
    };
    let on_skip = {
        let app = app.clone();
        Callback::from(move |()| app.lead_done())
    };
    html! { <LeadFormView {form} consultancy={app.consultancy(words)} {on_submit} {on_skip} /> }
}

/// A partner answering from their side sends their answers back by link.
fn send_back(words: &Words, app: &Assessment) -> Html {
    app.answers().invited_by.clone().map(|inviter| html! {
        <section class="card send-back no-print" aria-labelledby="send-back-heading">
            <h2 id="send-back-heading">{ words.fill("report.send_back_title", &[("inviter", (&inviter).into())]) }</h2>
            <p>{ words.fill("report.send_back_text", &[("inviter", (&inviter).into())]) }</p>
        </section>
    }).unwrap_or_default()
}

#[component(ReportPage)]
pub fn report_page() -> Html {
    let app = use_assessment();
    let words = use_words();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    // The report counts as shown once no contact step stands before it.
    let lead = app
        .config
        .lead
        .clone()
        .filter(|_| !app.state().lead_done)
        .map(Rc::new);
    let held_back = lead
        .as_ref()
        .is_some_and(|form| form.position == LeadPosition::BeforeReport);
    {
        let (app, report) = (app.clone(), report.clone());
        use_effect_with((report.clone(), held_back), move |(_, held_back)| {
            if !app.answers().modules.is_empty() && !held_back {
                let message =
                    events::report_ready_for(&app.config, app.content, app.answers(), &report);
                embed::post(&app.config, &message);
            }
        });
    }
    let share_url = use_memo(app.answers().clone(), |answers| {
        browser::link_to(&Route::Shared(share::encode(app.content, answers)))
    });
    if app.answers().modules.is_empty() {
        return no_assessment(&words);
    }
    let gate = lead.map(|form| lead_step(&words, &app, &report, form));
    if let (true, Some(step)) = (held_back, &gate) {
        return html! {
            <>
                <h1 id="page-heading" tabindex="-1">{ words.get("report.ready_title") }</h1>
                <p class="lead">{ words.get("report.ready_text") }</p>
                { step.clone() }
            </>
        };
    }
    let level = report.overall.as_ref().map(|o| o.level());
    let targets = partnering_core::plan::targets(&report, &app.answers().plan);
    let share_url = AttrValue::from((*share_url).clone());
    let company = own_company(app.answers());
    let toolbar =
        html! { <OwnReportActions report={report.clone()} share_url={share_url.clone()} /> };
    html! {
        <>
            { send_back(&words, &app) }
            <ReportView report={(*report).clone()} content={ContentRef(app.content)} {share_url}
                consultancy={app.consultancy(&words)} date={browser::today()} company={company} logo={app.config.logo_url.clone().map(AttrValue::from)}
                cta={CallToAction::from_config(&app.config, level, &words)} next_step={Some(own_next_step(&words, &app, report.quick))} {toolbar} {gate} {targets} />
        </>
    }
}
