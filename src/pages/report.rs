//! The report: executive summary with radar and top actions, a section per module, and the
//! print and start-over actions.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser::{self, embed};
use crate::components::ShareLink;
use crate::components::charts::{Datum, Radar};
use crate::components::module_section::ModuleSection;
use partnering_core::display::{dimension_label, level_name};
use partnering_core::events;
use partnering_core::export;
use partnering_core::model::Content;
use partnering_core::route::Route;
use partnering_core::scoring::{Report, score};
use partnering_core::share;

#[component(ReportPage)]
pub fn report_page() -> Html {
    let app = use_assessment();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    {
        let (app, report) = (app.clone(), report.clone());
        use_effect_with(report.clone(), move |_| {
            let message =
                events::report_ready_for(&app.config, app.content, app.answers(), &report);
            embed::post(&app.config, &message);
        });
    }
    let print = Callback::from(|_| browser::print());
    let share_url = use_memo(app.answers().clone(), |answers| {
        browser::link_to(&Route::Shared(share::encode(app.content, answers)))
    });
    let edit = Callback::from(|_| browser::navigate(&Route::Review));
    let download_json = {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |_| {
            let date = browser::today();
            let json = export::to_json(app.content, app.answers(), &report, &date);
            browser::download(
                &format!("partnering-maturity-{date}.json"),
                "application/json",
                &json,
            );
        })
    };
    let download_csv = {
        let app = app.clone();
        Callback::from(move |_| {
            // The byte-order mark lets spreadsheet programs read names in any script.
            let csv = format!("\u{feff}{}", export::to_csv(app.content, app.answers()));
            browser::download(
                &format!("partnering-maturity-{}.csv", browser::today()),
                "text/csv",
                &csv,
            );
        })
    };
    // Starting over clears the answers, so it asks first.
    let confirming = use_state(|| false);
    let start_over = {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            if !*confirming {
                confirming.set(true);
                return;
            }
            app.start_over();
            browser::navigate(&Route::Welcome);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    html! {
        <>
            <div class="actions no-print">
                <button class="primary" onclick={print}>{ "Print / save as PDF" }</button>
                <button onclick={download_json}>{ "Download answers (JSON)" }</button>
                <button onclick={download_csv}>{ "Download spreadsheet (CSV)" }</button>
                <button onclick={edit}>{ "Change answers" }</button>
                <button onclick={start_over.clone()}>{ "Start over" }</button>
            </div>
            if *confirming {
                <div class="notice no-print" role="alert">
                    <p>{ "Starting over clears these answers from this browser. Copy the share link or download the answers first if you want to keep them." }</p>
                    <div class="actions">
                        <button onclick={start_over}>{ "Clear my answers and start over" }</button>
                        <button class="primary" onclick={keep}>{ "Keep my answers" }</button>
                    </div>
                </div>
            }
            <ReportView report={(*report).clone()} content={ContentRef(app.content)} share_url={(*share_url).clone()}
                consultancy={app.consultancy()} date={browser::today()}
                cta={CallToAction::from_config(&app.config)} />
        </>
    }
}

/// The bundled content, compared by address.
#[derive(Clone, Copy)]
pub struct ContentRef(pub &'static Content);

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
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
    /// The consultancy's call to action, shown after the findings.
    #[prop_or_default]
    pub cta: Option<CallToAction>,
}

/// What the consultancy invites the reader to do next.
#[derive(Debug, Clone, PartialEq)]
pub struct CallToAction {
    pub text: AttrValue,
    pub label: AttrValue,
    /// `None`: the text stands alone.
    pub url: Option<AttrValue>,
}

impl CallToAction {
    pub fn from_config(config: &partnering_core::config::Config) -> CallToAction {
        CallToAction {
            text: config.cta_text.clone().into(),
            label: config.cta_label.clone().into(),
            url: config.cta_url.clone().map(AttrValue::from),
        }
    }
}

/// The printable body of a report.
#[component(ReportView)]
pub fn report_view(props: &ReportViewProps) -> Html {
    let report = &props.report;
    let radar: Vec<Datum> = report
        .modules
        .iter()
        .filter(|m| m.score().is_some())
        .flat_map(|m| {
            m.dimensions
                .iter()
                .filter(|d| d.score.is_some())
                .map(move |d| Datum {
                    label: dimension_label(&m.letter, &d.title),
                    value: d.score.map(|s| s.value),
                })
        })
        .collect();
    {
        let (consultancy, date) = (props.consultancy.clone(), props.date.clone());
        use_effect_with((consultancy, date), |(consultancy, date)| {
            browser::set_print_header(consultancy, &format!("Partnering maturity report · {date}"));
        });
    }
    html! {
        <article class="report">
            <h1 id="page-heading" tabindex="-1">{ "Your partnering maturity report" }</h1>
            <p class="report-meta">{ format!("{} · {}", props.consultancy, props.date) }</p>
            <section class="summary" aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ "Executive summary" }</h2>
                { match report.overall {
                    Some(overall) => html! {
                        <p class="overall"><span class="score">{ overall.rounded() }</span>{ " / 100 · Level " }{ overall.level }{ " " }{ level_name(props.content.0, overall.level) }</p>
                    },
                    None => html! { <p class="insufficient">{ "Not enough answers for an overall score yet." }</p> },
                } }
                if let Some(verdict) = &report.verdict { <p class="verdict">{ verdict }</p> }
                if !radar.is_empty() {
                    <figure class="chart-figure">
                        <Radar id="overall-radar" title="Scores by dimension across the modules taken" data={radar} />
                    </figure>
                }
                if !report.top_actions.is_empty() {
                    <h3>{ "Your three most valuable next steps" }</h3>
                    <ol class="top-actions">{ for report.top_actions.iter().map(|a| html! {
                        <li><span class="rec-dimension">{ format!("{}: ", a.dimension) }</span>{ &a.text }</li>
                    }) }</ol>
                }
                if !report.strengths.is_empty() {
                    <h3>{ "Strengths to protect" }</h3>
                    <ul>{ for report.strengths.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                }
            </section>
            { for report.modules.iter().map(|m| html! { <ModuleSection result={m.clone()} content={props.content} /> }) }
            if let Some(cta) = &props.cta {
                <section class="cta" aria-labelledby="cta-heading">
                    <h2 id="cta-heading">{ "Next steps" }</h2>
                    <p>{ &cta.text }</p>
                    if let Some(url) = &cta.url {
                        <p><a class="button primary" href={url.clone()} target="_blank" rel="noopener">{ &cta.label }</a>
                        <span class="print-only">{ format!(" {url}") }</span></p>
                    }
                </section>
            }
            <ShareLink url={props.share_url.clone()} />
        </article>
    }
}
