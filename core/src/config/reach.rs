//! Whether the contact step's details can reach the configured host page from where the app
//! runs. They go by `postMessage` to the page around the app (or the page that opened it), and
//! the browser delivers them only if that page is at `parent_origin`; elsewhere they would go
//! nowhere, so the step (and its "Your details go only to …" sentence) is not shown at all.

use super::{Config, ConfigWarning, Fallback, Key, Source, origin_of};

/// Where the app runs, as far as the browser tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// A page of its own, in no frame and opened by no page.
    TopLevel,
    /// Inside a frame: the address or origin of the page around it, when the browser tells.
    Framed(Option<String>),
    /// A page of its own that another page opened: that page's address or origin, when the
    /// browser tells (its referrer).
    Opened(Option<String>),
}

/// Why the contact step's details could not reach the host page from here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// No page around the app and none that opened it.
    NoHostPage,
    /// The page around the app, or the one that opened it, is at another origin.
    OtherOrigin(String),
    /// The browser does not say where the page around the app (or the opener) is.
    UnknownOrigin,
}

/// Whether details posted from `placement` reach `config`'s parent origin.
pub fn host_reach(config: &Config, placement: &Placement) -> Result<(), Unreachable> {
    let host = match placement {
        Placement::TopLevel => return Err(Unreachable::NoHostPage),
        Placement::Framed(host) | Placement::Opened(host) => host.as_deref(),
    };
    let origin = host.and_then(origin_of).ok_or(Unreachable::UnknownOrigin)?;
    if config.allows_event_origin(&origin) {
        Ok(())
    } else {
        Err(Unreachable::OtherOrigin(origin))
    }
}

/// Leaves the contact step out where its details could reach no configured host page, with
/// the console warning that says why; a step that can reach it is kept as it is.
pub fn keep_lead_where_received(
    config: &mut Config,
    placement: &Placement,
) -> Option<ConfigWarning> {
    config.lead.as_ref()?;
    let reason = host_reach(config, placement).err()?;
    config.lead = None;
    let parent = config.parent_origin.clone().unwrap_or_default();
    let place = match reason {
        Unreachable::NoHostPage => {
            "the app is open on its own, in no frame and opened by no page".to_owned()
        }
        Unreachable::OtherOrigin(origin) => {
            format!("the page around the app (or that opened it) is at {origin}")
        }
        Unreachable::UnknownOrigin => "the browser does not say which page the app is in (keep the frame's referrer policy at origin or more)".to_owned(),
    };
    Some(ConfigWarning {
        key: Key::LeadFields.file_name().to_owned(),
        message: format!(
            "{place}, not at parent_origin {parent}, so the details could go nowhere; the contact step is not shown"
        ),
        source: Source::File,
        fallback: Fallback::Nothing,
    })
}
