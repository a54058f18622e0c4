//! The printable body of a report, shared by one's own report and a shared one: title and
//! toolbar, the executive summary, the scores chart, a section per module and the share link.

use yew::prelude::*;

use crate::browser;
use crate::components::module_section::ModuleSection;
use crate::components::{ExecutiveSummary, NextStepBlock, ScoresByDimension, ShareLink};
use partnering_core::model::{Content, ModuleId};
use partnering_core::scoring::Report;

/// The bundled content, compared by address.
#[derive(Clone, Copy)]
pub struct ContentRef(pub &'static Content);

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// What the consultancy invites the reader to do next.
#[derive(Debug, Clone, PartialEq)]
pub struct CallToAction {
    pub text: AttrValue,
    pub label: AttrValue,
    /// `None`: the text stands alone.
    pub url: Option<AttrValue>,
}

/// A next step inside the product: a sentence, its button, and the product's other steps
/// (offered beside it, and beside a configured call to action).
#[derive(Clone, PartialEq)]
pub struct NextStep {
    pub text: AttrValue,
    pub label: AttrValue,
    pub onclick: Callback<MouseEvent>,
    /// Further steps: a button's words and what it does.
    pub others: Vec<(AttrValue, Callback<MouseEvent>)>,
}

impl CallToAction {
    /// The configured call to action for this overall level (see `Config::cta_for`).
    pub fn from_config(
        config: &partnering_core::config::Config,
        level: Option<u8>,
        words: &partnering_core::i18n::Words,
    ) -> CallToAction {
        let (label, text, url) = config.cta_for(level, words);
        CallToAction {
            text: AttrValue::from(text.to_owned()),
            label: AttrValue::from(label.to_owned()),
            url: url.map(|u| AttrValue::from(u.to_owned())),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub report: Report,
    pub content: ContentRef,
    /// The link that reopens this report; printed with the report.
    pub share_url: AttrValue,
    /// Who offers the assessment, for the printed page header.
    pub consultancy: AttrValue,
    /// The report's date (YYYY-MM-DD), printed in the header.
    pub date: AttrValue,
    /// The respondent's own company, when named, for the header.
    #[prop_or_default]
    pub company: Option<AttrValue>,
    /// The consultancy's logo, when configured: on paper, where the app's banner is left out.
    #[prop_or_default]
    pub logo: Option<AttrValue>,
    /// The consultancy's call to action, shown in the summary.
    #[prop_or_default]
    pub cta: Option<CallToAction>,
    /// The product's own next step (continue a quick check, make the plan), shown in the
    /// summary where no call to action with a link is configured, so the report never ends
    /// in a sentence with nowhere to go.
    #[prop_or_default]
    pub next_step: Option<NextStep>,
    /// The report's actions (print, downloads, change, start over), shown after the summary.
    #[prop_or_default]
    pub toolbar: Html,
    /// A step shown after the executive summary in place of the rest of the report, until
    /// it is done (the contact step, when configured to come there).
    #[prop_or_default]
    pub gate: Option<Html>,
    /// The plan's target level per module, marked on each dimension's bar at the
    /// score where that level starts; none when no plan is made.
    #[prop_or_default]
    pub targets: Vec<(ModuleId, u8)>,
}

/// The respondent's own company as named in the answers, for the report's header.
pub fn own_company(answers: &partnering_core::answers::Answers) -> Option<AttrValue> {
    answers
        .parties
        .iter()
        .find(|p| p.own)
        .map(|p| AttrValue::from(p.name.clone()))
}

#[component(ReportView)]
pub fn report_view(props: &ReportViewProps) -> Html {
    let words = crate::words::use_words();
    let report = &props.report;
    {
        let (consultancy, date) = (props.consultancy.clone(), props.date.clone());
        let header = words.fill("report.print_header", &[("date", date.as_str().into())]);
        let (page, pages) = (
            browser::PAGE_MARK.to_string(),
            browser::PAGES_MARK.to_string(),
        );
        let marks = [("page", (&page).into()), ("pages", (&pages).into())];
        let page_of = words.fill("report.print_page", &marks);
        use_effect_with(
            (consultancy, header, page_of),
            |(consultancy, header, page_of)| {
                browser::set_print_header(consultancy, header, page_of);
            },
        );
    }
    html! {
        <article class="report">
            <header class="report-head">
                if let Some(logo) = &props.logo {
                    <img class="report-logo print-only" src={logo.clone()} alt={props.consultancy.clone()} />
                }
                <h1 id="page-heading" tabindex="-1">{ if report.quick { words.get("report.quick_title") } else { words.get("report.title") } }</h1>
                <p class="report-meta">
                    if let Some(company) = &props.company { { words.get("report.for") }<bdi class="company">{ company.clone() }</bdi>{ " \u{b7} " } }
                    { format!("{} \u{b7} ", props.consultancy) }<span class="nowrap">{ props.date.clone() }</span>
                </p>
            </header>
            <ExecutiveSummary report={report.clone()} content={props.content} cta={props.cta.clone()} next_step={props.next_step.clone()} share_url={props.share_url.clone()} />
            // The result comes first; printing, sharing and downloads follow it.
            { props.toolbar.clone() }
            if let Some(gate) = &props.gate {
                { gate.clone() }
            } else {
            <ScoresByDimension report={report.clone()} content={props.content} targets={props.targets.clone()} />
            { for report.modules.iter().map(|m| html! { <ModuleSection result={m.clone()} content={props.content} /> }) }
            // A call to action that links to a person is repeated where the reading ends.
            if props.cta.as_ref().is_some_and(|cta| cta.url.is_some()) {
                <section class="closing-cta no-print" aria-label={words.get("report.next_step").to_owned()}>
                    <NextStepBlock cta={props.cta.clone()} step={props.next_step.clone()} />
                </section>
            }
            <ShareLink url={props.share_url.clone()} />
            }
        </article>
    }
}
