//! A report opened from a share link: read-only, with ways to take the assessment or edit
//! these answers; a damaged link gets a specific message and a way to start fresh.

use crate::words::use_words;
use partnering_core::i18n::Words;
use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{
    CallToAction, ContentRef, CopyLink, NextStep, ReportMenu, ReportView, own_company,
};
use partnering_core::content::edition::wording_notice;
use partnering_core::display::edition_notice;
use partnering_core::route::Route;
use partnering_core::scoring::score;
use partnering_core::share;
use partnering_core::share::layouts;

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    pub token: AttrValue,
    /// Opened to be printed: the print dialog opens once the report is drawn.
    #[prop_or_default]
    pub print: bool,
}

#[component(SharedPage)]
pub fn shared_page(props: &SharedProps) -> Html {
    let app = use_assessment();
    let words = use_words();
    let confirming = use_state(|| false);
    // Decoded and scored once per link, not on every render.
    let opened = use_memo(props.token.clone(), |token| {
        share::decode(app.content, &layouts::history(), token)
            .map(|opened| (score(app.content, &opened.answers), opened))
    });
    {
        let ready = opened.is_ok();
        use_effect_with((props.print, ready), |(print, ready)| {
            // A moment for the charts to lay out before the dialog takes the page.
            let timeout = (*print && *ready)
                .then(|| gloo_timers::callback::Timeout::new(400, browser::print));
            move || drop(timeout)
        });
    }
    // Taking the assessment leads to the start, where any progress in this browser is still
    // offered back: nothing is cleared here.
    let start = Callback::from(|_| browser::navigate(&Route::Welcome));
    let (report, opened) = match &*opened {
        Ok((report, opened)) => (report.clone(), opened.clone()),
        Err(error) => return unopenable(&words, &error.in_words(&words), start),
    };
    // Progress in this browser, resumed or still on offer, would be replaced: ask first.
    // Encoded forms are compared, since a link renumbers subjects and orders choices.
    let same = |answers: &partnering_core::answers::Answers| {
        share::encode(app.content, answers) == share::encode(app.content, &opened.answers)
    };
    let in_progress = app
        .state()
        .saved
        .as_ref()
        .is_some_and(|saved| !same(&saved.answers))
        || (*app.answers() != Default::default() && !same(app.answers()));
    let edit = {
        let (app, confirming, answers) = (app.clone(), confirming.clone(), opened.answers.clone());
        Callback::from(move |_| {
            if in_progress && !*confirming {
                confirming.set(true);
                return;
            }
            app.load(answers.clone());
            browser::navigate(&Route::Review);
        })
    };
    let level = report.overall.as_ref().map(|o| o.level());
    let targets = partnering_core::plan::targets(&report, &opened.answers.plan);
    let share_url = AttrValue::from(browser::link_to(&Route::Shared(props.token.to_string())));
    let toolbar = shared_toolbar(&words, share_url.clone(), edit.clone());
    let company = own_company(&opened.answers);
    let next_step = take_it_yourself(&words, start);
    html! {
        <>
            <p class="notice" role="status">{ words.get("shared.read_only") }</p>
            if let Some(notice) = edition_notice(&words, opened.content_version, app.content.content_version, opened.dropped) {
                <p class="notice caveat">{ notice }</p>
            }
            if let Some(notice) = wording_notice(&words, opened.edition.as_ref(), app.content.edition.as_ref()) {
                <p class="notice caveat edition-notice">{ notice }</p>
            }
            if *confirming {
                <div class="notice" role="alert">
                    <p>{ words.get("shared.edit_replaces") }</p>
                    <div class="actions"><button onclick={edit}>{ words.get("shared.replace_and_edit") }</button></div>
                </div>
            }
            <ReportView report={report} content={ContentRef(app.content)} {share_url}
                consultancy={app.consultancy(&words)} date={browser::today()} company={company} logo={app.config.logo_url.clone().map(AttrValue::from)}
                cta={CallToAction::from_config(&app.config, level, &words)} next_step={Some(next_step)} {toolbar} {targets} />
        </>
    }
}

/// A link that cannot be read: why, and the way on.
fn unopenable(words: &Words, error: &str, start: Callback<MouseEvent>) -> Html {
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("shared.cannot_open") }</h1>
            <p class="blocker" role="alert">{ error.to_owned() }</p>
            <p>{ words.get("shared.ask_again") }</p>
            <div class="actions"><button class="primary" onclick={start}>{ words.get("shared.start_new") }</button></div>
        </>
    }
}

/// What a reader of someone else's report can do with it: copy or print it, or edit a copy.
fn shared_toolbar(words: &Words, share_url: AttrValue, edit: Callback<MouseEvent>) -> Html {
    html! {
        <div class="toolbar no-print" role="group" aria-label={words.get("actions.label").to_owned()}>
            <ReportMenu>
                <CopyLink url={share_url} label={words.get("actions.copy_link").to_owned()} />
                <button onclick={Callback::from(|_| browser::print())}>{ words.get("actions.print") }</button>
            </ReportMenu>
            <button class="quiet" onclick={edit}>{ words.get("shared.edit") }</button>
        </div>
    }
}

/// The reader's own next step: where their company stands.
fn take_it_yourself(words: &Words, start: Callback<MouseEvent>) -> NextStep {
    NextStep {
        text: AttrValue::from(words.get("shared.next").to_owned()),
        label: AttrValue::from(words.get("shared.take_yourself").to_owned()),
        onclick: start,
        others: Vec::new(),
    }
}
