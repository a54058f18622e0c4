//! Numbers, dates and plurals written by the browser's own `Intl` for a language (no i18n
//! crate in the wasm); `PlainLocale` stands in where `Intl` is missing.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use partnering_core::date::Date;
use partnering_core::i18n::{Locale, PlainLocale, Plural};

/// A language's `Intl` formatters.
pub struct IntlLocale {
    plurals: Intl::PluralRules,
    number: Function,
    date: Function,
}

impl IntlLocale {
    /// The formatters for `language` (a BCP 47 tag).
    pub fn new(language: &str) -> IntlLocale {
        let locales = Array::of1(&JsValue::from_str(language));
        let date_options = Object::new();
        for (name, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
            let _ = Reflect::set(&date_options, &name.into(), &value.into());
        }
        IntlLocale {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            number: Intl::NumberFormat::new(&locales, &Object::new()).format(),
            date: Intl::DateTimeFormat::new(&locales, &date_options).format(),
        }
    }
}

impl Locale for IntlLocale {
    fn plural(&self, count: i64) -> Plural {
        #[allow(clippy::cast_precision_loss)] // counts of answers and modules are small
        let name = String::from(self.plurals.select(count as f64));
        Plural::named(&name).unwrap_or_else(|| PlainLocale.plural(count))
    }

    fn number(&self, value: i64) -> String {
        #[allow(clippy::cast_precision_loss)]
        let number = JsValue::from_f64(value as f64);
        self.number
            .call1(&JsValue::NULL, &number)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| PlainLocale.number(value))
    }

    fn date(&self, date: Date) -> String {
        let (year, month, day) = date.parts();
        let js = js_sys::Date::new_with_year_month_day(
            u32::try_from(year).unwrap_or_default(),
            i32::try_from(month).unwrap_or(1) - 1,
            i32::try_from(day).unwrap_or(1),
        );
        self.date
            .call1(&JsValue::NULL, &js)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| PlainLocale.date(date))
    }
}
