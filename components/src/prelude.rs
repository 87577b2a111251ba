//! Everything an agency's page needs in one line: every public component and its prop types,
//! the language, the stylesheet's address and (with `ssr`) the render function.
//!
//! ```
//! use eenheid::prelude::*;
//! use leptos::prelude::*;
//!
//! let html = render_html(|| view! {
//!     <PageTemplate title="Fout: Nieuw adres" agency="Gemeente Utrecht" layout=PageLayout::Narrow
//!         stylesheet_href=stylesheet_href("/static")>
//!         <StepIndicator id="stappen" current=2 steps=vec![Step::new("Wie"), Step::new("Adres"), Step::new("Datum")] />
//!         <ErrorSummary errors=vec![ErrorLink::new("postcode", "Vul uw nieuwe postcode in")] />
//!         <form method="post" novalidate>
//!             <TextInput id="postcode" label="Wat is uw nieuwe postcode?" width=InputWidth::Chars10
//!                 value="3511" error="Vul uw nieuwe postcode in" />
//!             <Button>"Doorgaan"</Button>
//!         </form>
//!     </PageTemplate>
//! });
//! assert!(html.contains(r#"aria-current="step""#) && html.contains(r#"value="3511""#));
//! ```
//!
//! The paths stay as they are (`eenheid::form::text_input::TextInput`): the prelude only gathers
//! them. Names are chosen not to clash with `leptos::prelude`, so both globs can be used together.

pub use crate::content::accordion::{Accordion, AccordionSection};
pub use crate::content::details::Details;
pub use crate::content::icon::{Icon, IconMeaning, IconName, IconSize};
pub use crate::content::inset_text::InsetText;
pub use crate::content::pagination::{PageItem, Pagination};
pub use crate::content::panel::Panel;
pub use crate::content::summary_list::{SummaryAction, SummaryCard, SummaryList, SummaryRow};
pub use crate::content::table::{Column, ColumnKind, Table};
pub use crate::content::tabs::{TabItem, Tabs};
pub use crate::content::tag::{Tag, TagColour};
pub use crate::content::warning_text::WarningText;
pub use crate::content::{Heading, HeadingLevel};
pub use crate::form::address_input::{AddressInput, AddressPart, AddressValue};
pub use crate::form::bsn_input::BsnInput;
pub use crate::form::button::{Button, ButtonType, ButtonVariant};
pub use crate::form::character_count::CharacterCount;
pub use crate::form::checkboxes::Checkboxes;
pub use crate::form::choice::{Choice, ChoiceItem, ChoiceKind, ChoiceList};
pub use crate::form::date_input::{DateInput, DateValue};
pub use crate::form::error_message::ErrorMessage;
pub use crate::form::error_summary::{ErrorLink, ErrorSummary};
pub use crate::form::fieldset::Fieldset;
pub use crate::form::file_upload::FileUpload;
pub use crate::form::form_group::FormGroup;
pub use crate::form::hint::Hint;
pub use crate::form::iban_input::IbanInput;
pub use crate::form::label::Label;
pub use crate::form::password_input::PasswordInput;
pub use crate::form::phone_input::PhoneInput;
pub use crate::form::prefilled_field::PrefilledField;
pub use crate::form::radios::Radios;
pub use crate::form::select::{Select, SelectOption};
pub use crate::form::text_input::{InputMode, InputType, InputWidth, TextInput};
pub use crate::form::textarea::Textarea;
pub use crate::i18n::Lang;
pub use crate::page::acting_on_behalf::ActingOnBehalf;
pub use crate::page::agency_logo::{AgencyLogo, LogoRefusal};
pub use crate::page::back_link::BackLink;
pub use crate::page::breadcrumbs::{Breadcrumbs, Crumb};
pub use crate::page::cookie_banner::CookieBanner;
pub use crate::page::footer::{Footer, FooterLink};
pub use crate::page::grid::{ColumnWidth, GridColumn, GridRow};
pub use crate::page::header::Header;
pub use crate::page::help_block::{ChatAnswerer, ChatHelp, HelpBlock, HelpInfo, OpenStatus, PhoneHelp};
pub use crate::page::language_switch::{LanguageOption, LanguageSwitch};
pub use crate::page::notification_banner::{NotificationBanner, NotificationKind};
pub use crate::page::page_template::{ColourScheme, HelpSetting, PageLayout, PageTemplate};
pub use crate::page::phase_banner::{Phase, PhaseBanner};
pub use crate::page::service_navigation::{NavItem, ServiceNavigation};
pub use crate::page::session_timeout::SessionTimeout;
pub use crate::page::sign_in::{SignIn, SignInMethod};
pub use crate::page::skip_link::SkipLink;
pub use crate::patterns::ServiceFrame;
pub use crate::patterns::call_back::{CallBackConfirmation, CallBackForm, CallBackRequest, CallBackTyped, CallTime};
pub use crate::patterns::check_answers::{AnswerSection, CheckAnswersPage};
pub use crate::patterns::choice_guide::{ChoiceGuideQuestion, ChoiceGuideResult, GuideAnswers, GuideOption, GuideOutcome, GuideQuestion};
pub use crate::patterns::confirmation::ConfirmationPage;
pub use crate::patterns::contact_page::{Address, ContactPage};
pub use crate::patterns::life_event::{LifeEvent, LifeEventPage, LifeEventStage, LifeEventTask, WhoArranges};
pub use crate::patterns::question_page::QuestionPage;
pub use crate::patterns::save_and_continue::{ContinueWithCode, SaveForLaterButton, SavedCode, SendCodeByEmail};
pub use crate::patterns::start_page::{SignInOption, StartPage};
pub use crate::patterns::status_page::StatusPage;
pub use crate::patterns::task_list_page::TaskListPage;
pub use crate::progress::progress_bar::{ProgressBar, ProgressElement, ProgressText};
pub use crate::progress::status_timeline::{Date, EventKind, EventState, StatusTimeline, TimelineEvent};
pub use crate::progress::step_indicator::{Step, StepIndicator};
pub use crate::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
#[cfg(feature = "ssr")]
pub use crate::render::render_html;
pub use crate::style::{stylesheet, stylesheet_href};

#[cfg(test)]
pub(crate) mod tests {
    /// Every `#[component] pub fn` of the crate's families, read from the source: its name and
    /// its file.
    pub(crate) fn public_components() -> Vec<(String, std::path::PathBuf)> {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        for family in ["form", "content", "page", "progress", "patterns"] {
            for file in std::fs::read_dir(src.join(family)).expect("a family folder").flatten() {
                let text = std::fs::read_to_string(file.path()).unwrap_or_default();
                let mut lines = text.lines().map(str::trim);
                while let Some(line) = lines.next() {
                    if line != "#[component]" {
                        continue;
                    }
                    let Some(signature) = lines.by_ref().find(|l| !l.starts_with("#[")) else { break };
                    let Some(name) = signature.strip_prefix("pub fn ").and_then(|rest| rest.split(['(', '<']).next()) else { continue };
                    found.push((name.to_owned(), file.path()));
                }
            }
        }
        found
    }

    /// Every public component is in the prelude: a new component that is forgotten here fails
    /// this test.
    #[test]
    fn every_public_component_is_in_the_prelude() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let prelude = std::fs::read_to_string(src.join("prelude.rs")).expect("prelude.rs");
        let components = public_components();
        assert!(components.len() > 50, "the scan found too few components: {components:?}");
        let missing: Vec<String> = components
            .into_iter()
            .filter(|(name, _)| !prelude.lines().any(|l| l.starts_with("pub use") && l.split(|c: char| !c.is_alphanumeric() && c != '_').any(|word| word == name)))
            .map(|(name, file)| format!("{name} ({})", file.display()))
            .collect();
        assert!(missing.is_empty(), "components missing from eenheid::prelude: {missing:?}");
    }
}
