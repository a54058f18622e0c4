//! Entry point: shows a visible error screen on panic, then mounts the app.

fn main() {
    std::panic::set_hook(Box::new(|_| show_crash_screen()));
    // The static boot screen stays until the app has its configuration (the app removes it).
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<partnering_maturity::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<partnering_maturity::App>::new().render();
        }
    }
}

/// Replaces the page with a plain message, since the app cannot go on after a panic.
fn show_crash_screen() {
    let document = gloo::utils::document();
    if let Some(body) = document.body() {
        body.set_inner_html(
            "<main class=\"page\" id=\"main\"><h1>Something went wrong \u{2014} reload</h1>\
             <p role=\"alert\">The assessment hit an unexpected error. Your saved progress is \
             kept in this browser: reload the page to carry on.</p>\
             <p><a href=\"\">Reload</a></p></main>",
        );
    }
}
