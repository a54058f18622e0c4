//! A call to action per overall level: a consultancy offers an "Ad hoc" company something
//! other than a "Managed" one.

/// The call to action for a range of overall levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelCta {
    /// The lowest overall level it is for (1–5).
    pub from: u8,
    /// The highest overall level it is for (1–5, at least `from`).
    pub to: u8,
    /// The link or heading text.
    pub label: String,
    /// One or two sentences under it.
    pub text: String,
    /// Where it leads; `None` shows the text only.
    pub url: Option<String>,
}

impl LevelCta {
    /// Whether it is for this overall level.
    pub fn covers(&self, level: u8) -> bool {
        (self.from..=self.to).contains(&level)
    }
}
