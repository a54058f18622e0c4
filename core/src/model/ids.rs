//! Ids as types: a module, question or choice id can never be passed where another is meant.
//! Ids are a public contract (share links and exports carry them).

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! text_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_id!(
    /// A module's id, e.g. `health`.
    ModuleId
);
text_id!(
    /// A question's id, e.g. `d.stability.resources`.
    QuestionId
);
text_id!(
    /// A choice's id within its question, e.g. `withdrawn`.
    ChoiceId
);

/// Whom a response is about: the respondent's own organization, or a party or portfolio
/// partner the person named.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SubjectId(pub u16);

impl SubjectId {
    /// The respondent's own organization: organization-level questions are about it.
    pub const ORGANIZATION: SubjectId = SubjectId(0);
}

impl From<u16> for SubjectId {
    fn from(id: u16) -> Self {
        SubjectId(id)
    }
}

impl fmt::Display for SubjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
