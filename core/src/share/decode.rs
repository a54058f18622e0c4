//! Reading a share token back: every check in order, from the alphabet to the last response.

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};

use super::codes::{response_from_code, subject_ids};
use super::wire::Reader;
use super::{
    ALLIANCE, CRC, EDITION, FORMAT, INVITED, MAX_TOKEN_CHARS, Opened, PLAN, QUICK, ShareError,
    TYPED_ALLIANCE,
};
use crate::answers::{Answers, Party, PortfolioPartner, ResponseKey, retain_known};
use crate::model::{Content, SubjectId, Tier};
use crate::share::layouts::Layout;

/// Reads tokens without padding; trailing bits must be zero, so no single changed character
/// can decode to the same bytes and slip past the checksum.
const STRICT: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

/// Reads a token back, using `history` for links made with older content versions.
pub fn decode(content: &Content, history: &[Layout], token: &str) -> Result<Opened, ShareError> {
    let token = token.trim();
    if token.is_empty() {
        return Err(ShareError::Empty);
    }
    if token.len() > MAX_TOKEN_CHARS {
        return Err(ShareError::TooLong);
    }
    if !token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::NotALink);
    }
    // With the alphabet checked, what is left is an impossible length (the end was cut off)
    // or stray bits in the last character (cut off or changed).
    let bytes = STRICT.decode(token).map_err(|error| match error {
        base64::DecodeError::InvalidLength(_) => ShareError::Truncated,
        _ => ShareError::Tampered,
    })?;
    let Some(body_len) = bytes.len().checked_sub(4) else {
        return Err(ShareError::Truncated);
    };
    let (body, tail) = bytes.split_at(body_len);
    let format = *body.first().ok_or(ShareError::Truncated)?;
    if format > FORMAT {
        return Err(ShareError::NewerFormat(format));
    }
    if format == 0 || tail != CRC.checksum(body).to_be_bytes() {
        return Err(ShareError::Tampered);
    }
    let mut reader = Reader { bytes: body, at: 1 };
    let version = u32::try_from(reader.varint()?)
        .map_err(|_| ShareError::Malformed("impossible edition number"))?;
    let flags = if format >= 2 { reader.varint()? } else { 0 };
    if flags & !(QUICK | PLAN | INVITED | ALLIANCE | TYPED_ALLIANCE | EDITION) != 0
        || flags & (ALLIANCE | TYPED_ALLIANCE) == ALLIANCE | TYPED_ALLIANCE
    {
        return Err(ShareError::Malformed("settings this version does not know"));
    }
    let layout = if version == content.content_version {
        Layout::of(content)
    } else if version > content.content_version {
        return Err(ShareError::NewerContent {
            link: version,
            app: content.content_version,
        });
    } else {
        history
            .iter()
            .find(|l| l.content_version == version)
            .cloned()
            .ok_or(ShareError::RetiredContent(version))?
    };
    let mut answers = read_answers(&mut reader, &layout)?;
    answers.quick = flags & QUICK != 0;
    if flags & PLAN != 0 {
        answers.plan = read_plan(&mut reader, &layout)?;
    }
    if flags & INVITED != 0 {
        answers.invited_by = Some(reader.text()?);
    }
    if flags & ALLIANCE != 0 {
        let place = reader.varint()?;
        let id = u16::try_from(place)
            .ok()
            .filter(|id| *id != 0)
            .ok_or(ShareError::Malformed("an unknown partner for module D"))?;
        answers.choose_alliance(Some(SubjectId(id)));
        if answers.alliance.is_none() {
            return Err(ShareError::Malformed("an unknown partner for module D"));
        }
    }
    if flags & TYPED_ALLIANCE != 0 {
        answers
            .name_alliance(&reader.text()?)
            .map_err(|_| ShareError::Malformed("an unknown partner for module D"))?;
    }
    let edition = if flags & EDITION != 0 {
        Some(read_edition(&mut reader)?)
    } else {
        None
    };
    if reader.at != body.len() {
        return Err(ShareError::Malformed("unexpected data after the answers"));
    }
    let before = answers.responses.len();
    let (answers, dropped) = retain_known(content, answers);
    Ok(Opened {
        answers,
        content_version: version,
        dropped: dropped.min(before),
        edition,
    })
}

/// The consultancy edition's id and version, each a short plain name as editions have.
fn read_edition(reader: &mut Reader<'_>) -> Result<crate::model::EditionMark, ShareError> {
    let id = reader.text()?;
    let version = reader.text()?;
    if !crate::content::edition::is_plain_name(&id)
        || !crate::content::edition::is_plain_name(&version)
    {
        return Err(ShareError::Malformed("an unreadable edition name"));
    }
    Ok(crate::model::EditionMark { id, version })
}

fn read_answers(reader: &mut Reader<'_>, layout: &Layout) -> Result<Answers, ShareError> {
    let mut answers = Answers::default();
    for index in reader.bytes_field()? {
        let id = layout
            .modules
            .get(usize::from(*index))
            .ok_or(ShareError::Malformed("an unknown module"))?;
        answers.modules.push(id.clone());
    }
    let parties = reader.count()?;
    for id in 1..=parties {
        let own = reader.byte()? == 1;
        let name = reader.text()?;
        answers.parties.push(Party {
            id: SubjectId(id),
            name,
            own,
        });
    }
    let partners = reader.count()?;
    for offset in 1..=partners {
        let declared = match reader.byte()? {
            0 => Tier::Strategic,
            1 => Tier::Tactical,
            2 => Tier::Opportunistic,
            3 => Tier::Exit,
            _ => return Err(ShareError::Malformed("an unknown partner tier")),
        };
        let name = reader.text()?;
        answers.portfolio.push(PortfolioPartner {
            id: SubjectId(parties.saturating_add(offset)),
            name,
            declared,
        });
    }
    for question in &layout.questions {
        for subject in subject_ids(question, &answers) {
            let code = reader.varint()?;
            if let Some(response) = response_from_code(question, code)? {
                answers.responses.insert(
                    ResponseKey {
                        question: question.id.clone(),
                        subject,
                    },
                    response,
                );
            }
        }
    }
    Ok(answers)
}

fn read_plan(reader: &mut Reader<'_>, layout: &Layout) -> Result<crate::answers::Plan, ShareError> {
    use crate::answers::{Plan, PlannedAction, Target};
    use crate::date::Date;
    let mut plan = Plan::default();
    for _ in 0..reader.count()? {
        let module = layout
            .modules
            .get(usize::from(reader.byte()?))
            .ok_or(ShareError::Malformed("a target for an unknown module"))?;
        plan.targets.push(Target {
            module: module.clone(),
            level: reader.byte()?,
        });
    }
    plan.made = match reader.varint()? {
        0 => None,
        day => Some(
            Date::from_days_since_epoch(day - 1)
                .ok_or(ShareError::Malformed("an impossible plan date"))?,
        ),
    };
    for _ in 0..reader.count()? {
        let id = reader.text()?;
        let owner = reader.text()?;
        let due = Date::from_days_since_epoch(reader.varint()?)
            .ok_or(ShareError::Malformed("an impossible due date"))?;
        plan.actions.push(PlannedAction { id, owner, due });
    }
    Ok(plan)
}
