//! A team's answers combined: mean, range and spread per dimension, disagreements flagged.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::ContentRef;
use crate::components::{
    BackLink, FileDrop, FilesAction, LoadedFile, LoadedFiles, PasteArea, TableScroll,
};
use partnering_core::compare::{Side, TeamInput, TeamView, disagreement_rule, team, team_to_csv};
use partnering_core::display::{counted, level_name, signed, whole};
use partnering_core::model::Content;
use partnering_core::pasted::{PasteBox, ReadError, lines, read};

/// What one side brought: its pasted links and its files.
type Sources = (String, Vec<LoadedFile>);

/// Every link and file read and combined: the team view (when any report could be read) and
/// what could not be read, with why.
fn combine(
    content: &'static Content,
    ours: &Sources,
    theirs: &Sources,
) -> (Option<TeamView>, Vec<(String, ReadError)>) {
    let mut inputs = Vec::new();
    let mut bad = Vec::new();
    for ((pasted, files), side, prefix) in [
        (ours, Side::Us, ""),
        (theirs, Side::Partner, "Partner side: "),
    ] {
        let entries = lines(pasted)
            .into_iter()
            .enumerate()
            .map(|(i, line)| (format!("{prefix}Link {}", i + 1), Ok(line.to_owned())));
        let file_entries = files
            .iter()
            .map(|f| (format!("{prefix}{}", f.name), f.text.clone()));
        for (label, text) in entries.chain(file_entries) {
            match text.and_then(|t| read(content, &t)) {
                Ok(answers) => inputs.push(TeamInput {
                    label,
                    answers,
                    side,
                }),
                Err(reason) => bad.push((label, reason)),
            }
        }
    }
    let view = (!inputs.is_empty()).then(|| team(content, &inputs));
    (view, bad)
}

#[component(TeamPage)]
pub fn team_page() -> Html {
    let app = use_assessment();
    let pasted = use_state(String::new);
    let files = use_reducer(LoadedFiles::default);
    // Respondents from the partner's side of a two-sided review (optional).
    let partner_pasted = use_state(String::new);
    let partner_files = use_reducer(LoadedFiles::default);
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |text: String| pasted.set(text))
    };
    let on_file = {
        let files = files.clone();
        // Files arrive one at a time; the reducer keeps each one, however fast they come.
        Callback::from(move |file: LoadedFile| files.dispatch(FilesAction::Add(file)))
    };
    let on_partner_paste = {
        let pasted = partner_pasted.clone();
        Callback::from(move |text: String| pasted.set(text))
    };
    let on_partner_file = {
        let files = partner_files.clone();
        Callback::from(move |file: LoadedFile| files.dispatch(FilesAction::Add(file)))
    };
    let clear = {
        let (pasted, files) = (pasted.clone(), files.clone());
        let (partner_pasted, partner_files) = (partner_pasted.clone(), partner_files.clone());
        Callback::from(move |_| {
            pasted.set(String::new());
            files.dispatch(FilesAction::Clear);
            partner_pasted.set(String::new());
            partner_files.dispatch(FilesAction::Clear);
        })
    };
    // Read and combined again only when the pasted links or the files change.
    let sources = (
        ((*pasted).clone(), files.0.clone()),
        ((*partner_pasted).clone(), partner_files.0.clone()),
    );
    let combined = use_memo(sources, |(ours, theirs)| combine(app.content, ours, theirs));
    let (view, bad) = (&combined.0, &combined.1);
    html! {
        <>
            <BackLink />
            <h1 id="page-heading" tabindex="-1">{ "Combine a team's answers" }</h1>
            <p class="lead no-print">{ "Bring together 2 to 50 respondents' reports to see where your team agrees and where it does not. Nothing leaves this browser." }</p>
            <p class="hint no-print">{ "The result: each dimension's mean and spread across respondents, with the dimensions where they disagree most flagged." }</p>
            <div class="no-print team-inputs">
                <div class="field">
                    <label for="team-links">{ "Share links, one per line" }</label>
                    <PasteArea id="team-links" rows={5} value={(*pasted).clone()} limit={PasteBox::TeamLinks} on_change={on_paste} />
                </div>
                <FileDrop id="team-files" label="Exported answers files (JSON)" multiple=true {on_file} />
                <details class="partner-side">
                    <summary>{ "Add the partner's side (a two-sided review)" }</summary>
                    <p class="hint">{ "Reports from the partner's people, answering modules B or D about your relationship from their side. The gap between the two sides' means is shown per dimension." }</p>
                    <div class="field">
                        <label for="partner-links">{ "Partner side: share links, one per line" }</label>
                        <PasteArea id="partner-links" rows={3} value={(*partner_pasted).clone()} limit={PasteBox::TeamLinks} on_change={on_partner_paste} />
                    </div>
                    <FileDrop id="partner-files" label="Partner side: exported answers files (JSON)" multiple=true on_file={on_partner_file} />
                </details>
                <div class="actions"><button onclick={clear}>{ "Clear all" }</button></div>
            </div>
            if !bad.is_empty() {
                <section class="skipped" aria-labelledby="skipped-heading">
                    <h2 id="skipped-heading">{ "Not included" }</h2>
                    <ul>{ for bad.iter().map(|(label, reason)| html! { <li><strong><bdi>{ label }</bdi>{ ": " }</strong>{ reason.to_string() }</li> }) }</ul>
                </section>
            }
            if let Some(view) = view { <TeamResults view={view.clone()} content={ContentRef(app.content)} /> }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TeamResultsProps {
    /// The content, for level names.
    content: ContentRef,
    view: TeamView,
}

#[component(TeamResults)]
fn team_results(props: &TeamResultsProps) -> Html {
    let content = props.content.0;
    let view = &props.view;
    let rows = view.dimensions.iter().map(|d| html! {
        <tr class={classes!(d.flagged.then_some("flagged"))}>
            <th scope="row">{ format!("{} — {}", d.module_title, d.title) }</th>
            <td>{ d.count }</td>
            <td>{ whole(d.mean) }</td>
            <td>{ format!("{}–{}", whole(d.min), whole(d.max)) }</td>
            <td>{ whole(d.spread) }</td>
            <td>{ if d.flagged { html! { <span class="flag">{ "Disagree" }</span> } } else { html! { "–" } } }</td>
        </tr>
    });
    let (json_view, csv_view) = (view.clone(), view.clone());
    let download_json = Callback::from(move |_| {
        let json = serde_json::to_string_pretty(&json_view).unwrap_or_default();
        browser::download(
            &format!("team-view-{}.json", browser::today()),
            "application/json",
            &json,
        );
    });
    let download_csv = Callback::from(move |_| {
        browser::download(
            &format!("team-view-{}.csv", browser::today()),
            "text/csv",
            &format!("\u{feff}{}", team_to_csv(&csv_view)),
        );
    });
    html! {
        <section class="team" aria-labelledby="team-heading">
            <h2 id="team-heading">{ counted(view.respondents, "respondent", "respondents") }</h2>
            if let Some(overall) = view.overall {
                <p class="overall">{ format!("Group level: {} / 100 · Level {} {}", overall.rounded(), overall.level, level_name(content, overall.level)) }</p>
            }
            if view.respondents < 2 {
                <p class="notice">{ "Add at least one more respondent to see where the team disagrees." }</p>
            }
            if !view.duplicates.is_empty() {
                <p>{ format!("Counted once (identical answers): {}.", view.duplicates.join(", ")) }</p>
            }
            { for view.skipped.iter().map(|s| html! { <p class="notice">{ format!("{}: {}", s.label, s.reason) }</p> }) }
            <p class="rule">{ disagreement_rule() }</p>
            <TableScroll label="The team's scores by dimension">
                <table class="team-table">
                    <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Respondents" }</th><th scope="col">{ "Mean" }</th><th scope="col">{ "Range" }</th><th scope="col">{ "Spread" }</th><th scope="col">{ "Flag" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </TableScroll>
            if !view.sides.is_empty() {
                <h3>{ "Our side and the partner's side" }</h3>
                <p class="hint">{ "Each side's mean per dimension of the two-sided modules, the largest gap first. A side resting on one respondent is that person's view, not a group average." }</p>
                <TableScroll label="The two sides' views by dimension">
                    <table class="sides-table">
                        <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Our side" }</th><th scope="col">{ "Partner side" }</th><th scope="col">{ "Gap" }</th><th scope="col">{ "To discuss" }</th></tr></thead>
                        <tbody>{ for view.sides.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ format!("{} — {}", r.module_title, r.title) }</th>
                                <td>{ side_cell(r.us) }</td>
                                <td>{ side_cell(r.partner) }</td>
                                <td class="delta">{ signed(r.gap) }</td>
                                <td>{ &r.prompt }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                </TableScroll>
            }
            <div class="actions no-print">
                <button onclick={download_json}>{ "Download team view (JSON)" }</button>
                <button onclick={download_csv}>{ "Download team view (CSV)" }</button>
                <button onclick={Callback::from(|_| browser::print())}>{ "Print / save as PDF" }</button>
            </div>
        </section>
    }
}

/// One side's view of a dimension: the mean of several respondents, or one respondent's score
/// labelled as such.
fn side_cell(side: Option<(f64, usize)>) -> String {
    match side {
        None => "–".into(),
        Some((value, 1)) => format!("{} (1 respondent)", whole(value)),
        Some((value, count)) => format!("{} (mean of {count})", whole(value)),
    }
}
