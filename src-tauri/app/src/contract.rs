//! The IPC contract as files the UI imports (`ui/src/ipc/generated`): the TypeScript declarations
//! of every type that crosses between the UI and the commands (derived with `ts-rs` from the
//! Rust types themselves), the limits the UI checks early, and the shipped content library as
//! `content_library` sends it (the UI tests' real content).
//!
//! Only strings are built here; `cargo run -p avenir --example gen-ipc` (`make gen`) writes them,
//! and `tests::the_committed_contract_is_current` fails when a committed file differs.

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use avenir_api::core;
use chrono::NaiveDate;
use ts_rs::{Config, TS};

use crate::{
    commands_courses, commands_display, dto, dto_album, dto_backup, dto_clients, dto_directory,
    dto_explorer, dto_handover, dto_keys, dto_worksheets, error, projector,
};

/// Where the generated files live, from the repository's root.
pub const DIR: &str = "ui/src/ipc/generated";

/// The first line of every generated TypeScript file.
pub const HEADER: &str = "// Generated from the Rust types by `make gen`; do not edit.";

/// The date `library.json` is computed on (a card checked more than a year before is outdated).
const LIBRARY_DATE: (i32, u32, u32) = (2026, 1, 1);

/// Longest line the declarations are folded to.
const WIDTH: usize = 100;

/// The repository's root (this crate is `src-tauri/app`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every generated file: its path from the repository's root, and its contents.
pub fn files() -> Vec<(String, String)> {
    let cfg = config();
    let modules = modules(&cfg);
    let mut out: Vec<(String, String)> = typescript(&modules)
        .into_iter()
        .map(|(name, text)| (format!("{DIR}/{name}"), text))
        .collect();
    out.push((format!("{DIR}/limits.ts"), limits()));
    out.push((format!("{DIR}/library.json"), library()));
    out
}

/// JavaScript numbers carry every id and count Avenir sends (`i64` row ids stay far below 2^53).
fn config() -> Config {
    Config::new().with_large_int("number")
}

/// One declared type.
struct Decl {
    id: TypeId,
    name: String,
    text: String,
    deps: Vec<(TypeId, String)>,
}

fn decl<T: TS + 'static + ?Sized>(cfg: &Config) -> Decl {
    let mut text = String::new();
    if let Some(docs) = T::docs() {
        text.push_str(&docs);
    }
    text.push_str("export ");
    text.push_str(&T::decl(cfg));
    Decl {
        id: TypeId::of::<T>(),
        name: T::ident(cfg),
        text,
        deps: T::dependencies(cfg)
            .into_iter()
            .map(|d| (d.type_id, d.ts_name))
            .collect(),
    }
}

/// The generated TypeScript files and the types each declares, in order.
fn modules(cfg: &Config) -> Vec<(&'static str, Vec<Decl>)> {
    use core::content::{
        Answer, Cell, CellKind, ChartKind, ChoiceStyle, Exercise, Field, Guide, Item, Kind,
        MatrixCell, TimelineEvent, Visibility,
    };
    use core::content::{CardSection, CardSource};
    use core::course::{Block, BlockKind, Day, Plan};
    vec![
        (
            "app.ts",
            vec![
                decl::<error::CommandError>(cfg),
                decl::<dto::Direction>(cfg),
                decl::<dto::CatalogueDto>(cfg),
                decl::<dto::ChainEntryDto>(cfg),
                decl::<dto::LocaleInfoDto>(cfg),
                decl::<commands_display::DisplayDto>(cfg),
            ],
        ),
        (
            "vault.ts",
            vec![
                decl::<dto::VaultState>(cfg),
                decl::<dto::VaultStatusDto>(cfg),
                decl::<dto::ProfileDto>(cfg),
                decl::<dto::OpenVaultDto>(cfg),
                decl::<dto::PassphraseResetDto>(cfg),
                decl::<dto::StrengthDto>(cfg),
                decl::<dto::GeneratedDto>(cfg),
                decl::<dto::CreationDto>(cfg),
                decl::<dto::RecoveryCheckDto>(cfg),
                decl::<dto::UnlockMethod>(cfg),
                decl::<dto_keys::NewRecoveryKeyDto>(cfg),
                decl::<dto_keys::RekeyedDto>(cfg),
            ],
        ),
        (
            "backup.ts",
            vec![
                decl::<dto_backup::BackupStatusDto>(cfg),
                decl::<dto_backup::ChosenFileDto>(cfg),
            ],
        ),
        (
            "directory.ts",
            vec![
                decl::<core::directory::ServiceKind>(cfg),
                decl::<dto_directory::ServiceInputDto>(cfg),
                decl::<dto_directory::ServiceDto>(cfg),
                decl::<dto_directory::DirectoryHitsDto>(cfg),
                decl::<dto_directory::ServiceFilterDto>(cfg),
                decl::<dto_directory::BadRowDto>(cfg),
                decl::<dto_directory::KeptRowDto>(cfg),
                decl::<dto_directory::DirectoryImportDto>(cfg),
                decl::<dto_directory::DirectoryOfferDto>(cfg),
            ],
        ),
        (
            "handover.ts",
            vec![
                decl::<dto_handover::HandoverModeDto>(cfg),
                decl::<dto_handover::HandoverIdentityDto>(cfg),
                decl::<dto_handover::ContactDto>(cfg),
                decl::<dto_handover::EscrowDto>(cfg),
                decl::<dto_handover::HandoverBookDto>(cfg),
                decl::<dto_handover::HandoverMarkDto>(cfg),
                decl::<dto_handover::HandoverReceivedDto>(cfg),
                decl::<dto_handover::CaseSentDto>(cfg),
                decl::<dto_handover::CasePreviewDto>(cfg),
                decl::<dto_handover::CaseReceivedDto>(cfg),
            ],
        ),
        (
            "explorer.ts",
            vec![
                decl::<core::explorer::Nationality>(cfg),
                decl::<core::explorer::Vulnerability>(cfg),
                decl::<core::explorer::Eligible>(cfg),
                decl::<dto_explorer::ExplorerPeriodDto>(cfg),
                decl::<dto_explorer::CountryDto>(cfg),
                decl::<dto_explorer::ExplorerSetupDto>(cfg),
                decl::<dto_explorer::HouseholdDto>(cfg),
                decl::<dto_explorer::ExploreLineDto>(cfg),
                decl::<dto_explorer::ExplorationDto>(cfg),
            ],
        ),
        (
            "clients.ts",
            vec![
                decl::<core::client::Residence>(cfg),
                decl::<core::session::Pathway>(cfg),
                decl::<core::session::SessionKind>(cfg),
                decl::<core::session::Decision>(cfg),
                decl::<core::follow_up::ClientFilter>(cfg),
                decl::<dto_clients::ClientSortName>(cfg),
                decl::<core::identifiers::IdentifierKind>(cfg),
                decl::<dto_clients::ConsentDto>(cfg),
                decl::<dto_clients::ClientInputDto>(cfg),
                decl::<dto_clients::ClientDto>(cfg),
                decl::<dto_clients::ClientRowDto>(cfg),
                decl::<dto_clients::SessionInputDto>(cfg),
                decl::<dto_clients::SessionTextField>(cfg),
                decl::<dto_clients::NextStepDto>(cfg),
                decl::<dto_clients::SessionDto>(cfg),
                decl::<dto_clients::OverviewDto>(cfg),
                decl::<dto_clients::SearchField>(cfg),
                decl::<dto_clients::SearchHitDto>(cfg),
                decl::<dto_clients::CodeDto>(cfg),
                decl::<dto_clients::IdentifiersDto>(cfg),
            ],
        ),
        (
            "worksheets.ts",
            vec![
                decl::<Item>(cfg),
                decl::<ChoiceStyle>(cfg),
                decl::<CellKind>(cfg),
                decl::<ChartKind>(cfg),
                decl::<Kind>(cfg),
                decl::<Field>(cfg),
                decl::<Guide>(cfg),
                decl::<Visibility>(cfg),
                decl::<Exercise>(cfg),
                decl::<CardSection>(cfg),
                decl::<CardSource>(cfg),
                decl::<dto_worksheets::CardDto<'static>>(cfg),
                decl::<dto_worksheets::LibraryDto<'static>>(cfg),
                decl::<Cell>(cfg),
                decl::<MatrixCell>(cfg),
                decl::<TimelineEvent>(cfg),
                decl::<Answer>(cfg),
                decl::<dto_worksheets::AnswerRecordDto>(cfg),
                decl::<dto_worksheets::ActivityDto>(cfg),
                decl::<dto_worksheets::JournalInputDto>(cfg),
                decl::<dto_worksheets::JournalEntryDto>(cfg),
            ],
        ),
        (
            "album.ts",
            vec![
                decl::<core::album::Category>(cfg),
                decl::<dto_album::PhotoDto>(cfg),
                decl::<dto_album::MessageDto>(cfg),
                decl::<dto_album::PageInputDto>(cfg),
                decl::<dto_album::PageDto>(cfg),
                decl::<dto_album::AlbumDto>(cfg),
                decl::<crate::booklet::Paper>(cfg),
                decl::<dto_album::SavedFileDto>(cfg),
            ],
        ),
        (
            "courses.ts",
            vec![
                decl::<BlockKind>(cfg),
                decl::<Block>(cfg),
                decl::<Day>(cfg),
                decl::<Plan>(cfg),
                decl::<commands_courses::CourseInputDto>(cfg),
                decl::<commands_courses::CourseDto>(cfg),
                decl::<projector::MonitorDto>(cfg),
                decl::<projector::ProjectorStatusDto>(cfg),
            ],
        ),
        (
            "speech.ts",
            vec![
                decl::<crate::commands_speech::VoiceDto>(cfg),
                decl::<crate::commands_speech::SpeechStatusDto>(cfg),
            ],
        ),
    ]
}

/// The TypeScript files: header, `import type` lines for what other files declare, declarations.
/// Panics when a declaration refers to a type no file declares, or one is declared twice.
fn typescript(modules: &[(&'static str, Vec<Decl>)]) -> Vec<(String, String)> {
    let mut home: BTreeMap<TypeId, &str> = BTreeMap::new();
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for (file, decls) in modules {
        for d in decls {
            assert!(
                home.insert(d.id, file).is_none() && names.insert(&d.name),
                "{} is declared twice",
                d.name
            );
        }
    }
    modules
        .iter()
        .map(|(file, decls)| {
            let mut imports: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
            for d in decls {
                for (id, name) in &d.deps {
                    let Some(from) = home.get(id) else {
                        panic!("{} uses {name}, which no generated file declares", d.name)
                    };
                    if from != file {
                        imports
                            .entry(from.trim_end_matches(".ts"))
                            .or_default()
                            .insert(name);
                    }
                }
            }
            let mut text = format!("{HEADER}\n\n");
            for (from, names) in &imports {
                let names: Vec<&str> = names.iter().copied().collect();
                text.push_str(&format!(
                    "import type {{ {} }} from './{from}';\n",
                    names.join(", ")
                ));
            }
            if !imports.is_empty() {
                text.push('\n');
            }
            let bodies: Vec<String> = decls.iter().map(|d| tidy::declaration(&d.text)).collect();
            text.push_str(&bodies.join("\n"));
            ((*file).to_owned(), text)
        })
        .collect()
}

/// The limits the back end enforces and the UI checks first, to explain early.
fn limits() -> String {
    macro_rules! limits {
        ($($path:ident)::+ : $($name:ident),+ $(,)?) => {{
            use $($path)::+ as module;
            (
                stringify!($($path)::+),
                vec![$((stringify!($name), module::$name.to_string())),+],
            )
        }};
    }
    let idle = avenir_api::IDLE_MINUTES_RANGE;
    let groups: Vec<(&str, Vec<(&str, String)>)> = vec![
        limits!(core::course: MAX_DAYS, MAX_BLOCKS_PER_DAY, MAX_BLOCK_MINUTES, MAX_TITLE_CHARS,
            MAX_PLACE_CHARS, MAX_NOTE_CHARS, MAX_PARTICIPANTS, MAX_LANGUAGES),
        limits!(core::album: MAX_CAPTION_CHARS, MAX_FROM_CHARS, MAX_MESSAGE_CHARS,
            MAX_PHOTOS_PER_PAGE),
        limits!(core::content: MAX_ITEM_CHARS, MAX_WHEN_CHARS, SCALE_MAX),
        limits!(core::journal: MAX_WHY_CHARS),
        limits!(core::client: MAX_CODE_CHARS),
        limits!(avenir_api: SEARCH_LIMIT),
        (
            "avenir_api::IDLE_MINUTES_RANGE",
            vec![
                ("IDLE_MINUTES_MIN", idle.start().to_string()),
                ("IDLE_MINUTES_MAX", idle.end().to_string()),
            ],
        ),
    ];
    let mut seen = BTreeSet::new();
    let mut text = format!("{HEADER}\n");
    for (from, items) in groups {
        let from = from.replace(' ', "");
        let from = match from.strip_prefix("core::") {
            Some(module) => format!("avenir_core::{module}"),
            None => from,
        };
        text.push_str(&format!("\n// {from}\n"));
        for (name, value) in items {
            assert!(seen.insert(name), "two limits are named {name}");
            text.push_str(&format!("export const {name} = {value};\n"));
        }
    }
    let guests: Vec<String> = avenir_api::core::course::GUESTS
        .iter()
        .map(|g| format!("'{g}'"))
        .collect();
    text.push_str(&format!(
        "\n// avenir_core::course::GUESTS: who a guest block may invite\nexport const GUESTS = [{}] as const;\n",
        guests.join(", ")
    ));
    text
}

/// The shipped content library exactly as `content_library` sends it, on a fixed date.
fn library() -> String {
    let (y, m, d) = LIBRARY_DATE;
    let today = NaiveDate::from_ymd_opt(y, m, d).expect("LIBRARY_DATE is a date");
    let lib = avenir_api::Library::shipped();
    let dto = dto_worksheets::LibraryDto::new(&lib, today);
    let mut json = serde_json::to_string_pretty(&dto)
        .unwrap_or_else(|e| panic!("the content library does not serialise: {e}"));
    json.push('\n');
    json
}

/// Folds ts-rs's one-line declarations into the layout of hand-written TypeScript: objects and
/// unions that do not fit on a line are broken one member per line, doc comments stand on their
/// own lines, string literals take single quotes, and keys lose needless quotes.
mod tidy {
    use super::WIDTH;

    #[derive(Debug, Clone, PartialEq)]
    enum Tok {
        Doc(Vec<String>),
        Str(String),
        Word(String),
        Punct(char),
    }

    fn tokens(s: &str) -> Vec<Tok> {
        let chars: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
            } else if s[char_offset(s, i)..].starts_with("/**") {
                let rest = &s[char_offset(s, i)..];
                let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
                let body = &rest[3..end.saturating_sub(2).max(3)];
                let lines = body
                    .lines()
                    .map(|l| l.trim().trim_start_matches('*').trim().to_owned())
                    .filter(|l| !l.is_empty())
                    .collect();
                out.push(Tok::Doc(lines));
                i += rest[..end].chars().count();
            } else if c == '"' {
                let mut j = i + 1;
                let mut text = String::new();
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' && j + 1 < chars.len() {
                        text.push(chars[j]);
                        j += 1;
                    }
                    text.push(chars[j]);
                    j += 1;
                }
                out.push(Tok::Str(text));
                i = j + 1;
            } else if "{}()<>[]|&,;:?=".contains(c) {
                out.push(Tok::Punct(c));
                i += 1;
            } else {
                let mut j = i;
                while j < chars.len()
                    && !chars[j].is_whitespace()
                    && !"{}()<>[]|&,;:?=\"".contains(chars[j])
                {
                    j += 1;
                }
                out.push(Tok::Word(chars[i..j].iter().collect()));
                i = j;
            }
        }
        out
    }

    fn char_offset(s: &str, chars: usize) -> usize {
        s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b)
    }

    #[derive(Debug)]
    enum Ty {
        Union(Vec<Ty>),
        Inter(Vec<Ty>),
        Object(Vec<Member>),
        Paren(Box<Ty>),
        Str(String),
        Named(String, Vec<Ty>),
        Array(Box<Ty>),
    }

    #[derive(Debug)]
    struct Member {
        doc: Vec<String>,
        key: String,
        optional: bool,
        ty: Ty,
    }

    struct Parser {
        toks: Vec<Tok>,
        at: usize,
    }

    impl Parser {
        fn peek(&self) -> Option<&Tok> {
            self.toks.get(self.at)
        }
        fn next(&mut self) -> Tok {
            let t = self.toks.get(self.at).cloned();
            self.at += 1;
            t.unwrap_or_else(|| panic!("unexpected end of a declaration"))
        }
        fn eat(&mut self, c: char) -> bool {
            if self.peek() == Some(&Tok::Punct(c)) {
                self.at += 1;
                true
            } else {
                false
            }
        }
        fn expect(&mut self, c: char) {
            let t = self.next();
            assert_eq!(t, Tok::Punct(c), "expected {c}");
        }

        fn ty(&mut self) -> Ty {
            self.eat('|');
            let mut members = vec![self.inter()];
            while self.eat('|') {
                members.push(self.inter());
            }
            if members.len() == 1 {
                members.remove(0)
            } else {
                Ty::Union(members)
            }
        }

        fn inter(&mut self) -> Ty {
            let mut parts = vec![self.primary()];
            while self.eat('&') {
                parts.push(self.primary());
            }
            if parts.len() == 1 {
                parts.remove(0)
            } else {
                Ty::Inter(parts)
            }
        }

        fn primary(&mut self) -> Ty {
            let mut ty = match self.next() {
                Tok::Punct('{') => Ty::Object(self.members()),
                Tok::Punct('(') => {
                    let inner = self.ty();
                    self.expect(')');
                    Ty::Paren(Box::new(inner))
                }
                Tok::Str(s) => Ty::Str(s),
                Tok::Word(w) => {
                    let mut args = Vec::new();
                    if self.eat('<') {
                        args.push(self.ty());
                        while self.eat(',') {
                            args.push(self.ty());
                        }
                        self.expect('>');
                    }
                    Ty::Named(w, args)
                }
                t => panic!("unexpected {t:?} in a declaration"),
            };
            while self.peek() == Some(&Tok::Punct('[')) {
                self.expect('[');
                self.expect(']');
                ty = Ty::Array(Box::new(ty));
            }
            ty
        }

        fn members(&mut self) -> Vec<Member> {
            let mut out = Vec::new();
            loop {
                let mut doc = Vec::new();
                if let Some(Tok::Doc(lines)) = self.peek() {
                    doc = lines.clone();
                    self.at += 1;
                }
                if self.eat('}') {
                    return out;
                }
                let key = match self.next() {
                    Tok::Word(w) => w,
                    Tok::Str(s) if is_identifier(&s) => s,
                    Tok::Str(s) => quote(&s),
                    t => panic!("unexpected {t:?} as a key"),
                };
                let optional = self.eat('?');
                self.expect(':');
                let ty = self.ty();
                out.push(Member {
                    doc,
                    key,
                    optional,
                    ty,
                });
                if !self.eat(',') {
                    self.eat(';');
                }
            }
        }
    }

    fn is_identifier(s: &str) -> bool {
        s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_alphanumeric() || c == '_')
    }

    fn quote(s: &str) -> String {
        if s.contains('\'') {
            format!("\"{s}\"")
        } else {
            format!("'{s}'")
        }
    }

    fn has_doc(ty: &Ty) -> bool {
        match ty {
            Ty::Union(v) | Ty::Inter(v) => v.iter().any(has_doc),
            Ty::Object(m) => m.iter().any(|m| !m.doc.is_empty() || has_doc(&m.ty)),
            Ty::Paren(t) | Ty::Array(t) => has_doc(t),
            Ty::Named(_, args) => args.iter().any(has_doc),
            Ty::Str(_) => false,
        }
    }

    /// The type on one line.
    fn flat(ty: &Ty) -> String {
        match ty {
            Ty::Union(v) => v.iter().map(flat).collect::<Vec<_>>().join(" | "),
            Ty::Inter(v) => v.iter().map(flat).collect::<Vec<_>>().join(" & "),
            Ty::Object(m) if m.is_empty() => "{}".to_owned(),
            Ty::Object(m) => {
                let fields: Vec<String> = m.iter().map(|m| member_head(m, &flat(&m.ty))).collect();
                format!("{{ {} }}", fields.join("; "))
            }
            Ty::Paren(t) => format!("({})", flat(t)),
            Ty::Str(s) => quote(s),
            Ty::Named(n, args) if args.is_empty() => n.clone(),
            Ty::Named(n, args) => {
                let args: Vec<String> = args.iter().map(flat).collect();
                format!("{n}<{}>", args.join(", "))
            }
            Ty::Array(t) => format!("{}[]", flat(t)),
        }
    }

    fn member_head(m: &Member, ty: &str) -> String {
        format!("{}{}: {ty}", m.key, if m.optional { "?" } else { "" })
    }

    fn doc_lines(doc: &[String], indent: &str) -> String {
        match doc {
            [] => String::new(),
            [one] => format!("{indent}/** {one} */\n"),
            lines => {
                let mut s = format!("{indent}/**\n");
                for l in lines {
                    s.push_str(&format!("{indent} * {l}\n"));
                }
                s.push_str(&format!("{indent} */\n"));
                s
            }
        }
    }

    /// The type starting at column `col`, its continuation lines indented by `indent` spaces.
    fn pretty(ty: &Ty, indent: usize, col: usize) -> String {
        let one = flat(ty);
        if !has_doc(ty) && col + one.chars().count() <= WIDTH {
            return one;
        }
        let pad = " ".repeat(indent);
        match ty {
            Ty::Union(v) => {
                let inner = " ".repeat(indent + 2);
                v.iter()
                    .map(|t| format!("\n{inner}| {}", pretty(t, indent + 4, indent + 4)))
                    .collect()
            }
            Ty::Inter(v) => {
                let mut s = String::new();
                for (i, t) in v.iter().enumerate() {
                    if i > 0 {
                        s.push_str(" & ");
                    }
                    s.push_str(&pretty(t, indent, col + s.chars().count()));
                }
                s
            }
            Ty::Object(m) => {
                let inner = " ".repeat(indent + 2);
                let mut s = "{\n".to_owned();
                for m in m {
                    s.push_str(&doc_lines(&m.doc, &inner));
                    let head = format!("{inner}{}", member_head(m, ""));
                    let ty = pretty(&m.ty, indent + 2, head.chars().count());
                    s.push_str(&format!("{head}{ty};\n"));
                }
                s.push_str(&pad);
                s.push('}');
                s
            }
            Ty::Paren(t) => format!("({}\n{pad})", pretty(t, indent, indent + 1)),
            Ty::Named(..) | Ty::Str(_) | Ty::Array(_) => one,
        }
    }

    /// `[docs] export type Name = …;` laid out.
    pub fn declaration(text: &str) -> String {
        let mut p = Parser {
            toks: tokens(text),
            at: 0,
        };
        let mut doc = Vec::new();
        if let Some(Tok::Doc(lines)) = p.peek() {
            doc = lines.clone();
            p.at += 1;
        }
        let mut head = Vec::new();
        loop {
            match p.next() {
                Tok::Punct('=') => break,
                Tok::Word(w) => head.push(w),
                t => panic!("unexpected {t:?} before = in {text}"),
            }
        }
        let ty = p.ty();
        p.eat(';');
        assert!(p.peek().is_none(), "left over after {text}");
        let head = format!("{} =", head.join(" "));
        let body = pretty(&ty, 0, head.chars().count() + 1);
        let sep = if body.starts_with('\n') { "" } else { " " };
        format!("{}{head}{sep}{body};\n", doc_lines(&doc, ""))
    }

    #[cfg(test)]
    mod tests {
        use super::declaration;

        #[test]
        fn short_types_stay_on_one_line_and_long_ones_break() {
            assert_eq!(
                declaration(r#"export type A = "x" | "y";"#),
                "export type A = 'x' | 'y';\n"
            );
            assert_eq!(
                declaration("export type B = { a: string, \"b\": Array<number>, c?: X | null, };"),
                "export type B = { a: string; b: Array<number>; c?: X | null };\n"
            );
            assert_eq!(
                declaration(
                    "/**\n * Doc.\n */\nexport type C = { id: string, \n/**\n * The why.\n */\nwhy: string, };"
                ),
                "/** Doc. */\nexport type C = {\n  id: string;\n  /** The why. */\n  why: string;\n};\n"
            );
            let long = format!(
                "export type D = {{ \"kind\": \"a\", value: {0} }} | {{ \"kind\": \"b\", value: {0} }};",
                "Array<VeryLongTypeNameNumberOne>"
            );
            assert_eq!(
                declaration(&long),
                "export type D =\n  | { kind: 'a'; value: Array<VeryLongTypeNameNumberOne> }\n  | { kind: 'b'; value: Array<VeryLongTypeNameNumberOne> };\n"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The union members of an enum declared as `type X = "a" | "b";`.
    fn members<T: TS>() -> Vec<String> {
        let decl = T::decl(&config());
        let (_, body) = decl.split_once('=').unwrap();
        body.trim()
            .trim_end_matches(';')
            .split('|')
            .map(|m| m.trim().trim_matches('"').to_owned())
            .collect()
    }

    #[test]
    fn the_committed_contract_is_current() {
        let root = repo_root();
        let generated = files();
        for (path, want) in &generated {
            let have = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            assert!(
                &have == want,
                "{path} is stale (or missing): run `make gen` and commit the result"
            );
        }
        let known: BTreeSet<String> = generated
            .iter()
            .filter_map(|(p, _)| p.rsplit('/').next().map(str::to_owned))
            .collect();
        for entry in std::fs::read_dir(root.join(DIR)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                known.contains(&name),
                "{DIR}/{name} is generated by nothing: run `make gen` (it removes it)"
            );
        }
    }

    /// Every type a command takes or returns (its signature, read from the source) is declared
    /// in the generated TypeScript; and the commands read are exactly those `build.rs` lists.
    #[test]
    fn every_command_s_types_are_in_the_contract() {
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let ts: String = files()
            .into_iter()
            .filter(|(p, _)| p.ends_with(".ts"))
            .map(|(_, t)| t)
            .collect();
        let declared = |name: &str| ts.contains(&format!("export type {name} ="));
        // Tauri's and Rust's own types in signatures; the rest are what crosses.
        let plumbing = [
            "State",
            "AppState",
            "AppHandle",
            "WebviewWindow",
            "Request",
            "Reply",
            "Vec",
            "Option",
            "String",
            // Passphrases and recovery keys: a `String` wiped on drop, a string in TypeScript.
            "Zeroizing",
            // Progress reported while a command runs: `Channel` of `@tauri-apps/api/core`.
            "Channel",
        ];
        let mut commands = BTreeSet::new();
        let mut crossing = BTreeSet::new();
        for entry in std::fs::read_dir(src.join("src")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.starts_with("commands") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for part in text.split("#[tauri::command]").skip(1) {
                let signature = &part[..part.find('{').unwrap()];
                let after_fn = &signature[signature.find("fn ").unwrap() + 3..];
                let end = after_fn.find(['(', '<']).unwrap();
                commands.insert(after_fn[..end].to_owned());
                for word in signature.split(|c: char| !c.is_alphanumeric() && c != '_') {
                    if word.starts_with(|c: char| c.is_ascii_uppercase())
                        && !plumbing.contains(&word)
                    {
                        crossing.insert(word.to_owned());
                    }
                }
            }
        }
        let build = std::fs::read_to_string(src.join("build.rs")).unwrap();
        let list = &build[build.find("const COMMANDS").unwrap()..];
        let listed: BTreeSet<String> = list[..list.find("];").unwrap()]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        assert_eq!(
            commands, listed,
            "the commands read are those build.rs lists"
        );
        assert!(crossing.len() >= 20, "{crossing:?}");
        crossing.insert("CommandError".to_owned());
        let missing: Vec<&String> = crossing.iter().filter(|n| !declared(n)).collect();
        assert!(
            missing.is_empty(),
            "types that cross IPC but are not in the generated contract: {missing:?}"
        );
        // And the DTOs inside them, e.g. a course's days.
        for nested in ["Day", "Block", "Field", "Answer", "CardDto", "SessionDto"] {
            assert!(declared(nested), "{nested}");
        }
    }

    /// The unions declared for values the Rust side sends or parses as strings are exactly the
    /// strings it uses.
    #[test]
    fn string_unions_are_the_strings_rust_sends_and_parses() {
        use avenir_api::core::album::Category;
        use avenir_api::core::client::Residence;
        use avenir_api::core::follow_up::ClientFilter;
        use avenir_api::core::identifiers::IdentifierKind;
        use avenir_api::core::session::{Decision, Pathway, SessionKind};
        let strs = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
        {
            use avenir_api::core::explorer::{Eligible, Nationality, Vulnerability};
            assert_eq!(
                members::<Nationality>(),
                strs(vec!["visa_required", "visa_exempt"])
            );
            assert_eq!(
                members::<Vulnerability>(),
                strs(Vulnerability::ALL.map(Vulnerability::as_str).to_vec())
            );
            assert_eq!(
                members::<Eligible>(),
                strs(
                    [Eligible::Yes, Eligible::No, Eligible::Maybe]
                        .map(Eligible::as_str)
                        .to_vec()
                )
            );
            assert_eq!(
                Nationality::parse("visa_exempt").map(Nationality::as_str),
                Some("visa_exempt")
            );
        }
        assert_eq!(
            members::<Decision>(),
            strs(Decision::ALL.map(Decision::as_str).to_vec())
        );
        assert_eq!(
            members::<Pathway>(),
            strs(Pathway::ALL.map(Pathway::as_str).to_vec())
        );
        assert_eq!(
            members::<SessionKind>(),
            strs(SessionKind::ALL.map(SessionKind::as_str).to_vec())
        );
        assert_eq!(
            members::<Residence>(),
            strs(Residence::ALL.map(Residence::as_str).to_vec())
        );
        assert_eq!(
            members::<Category>(),
            strs(Category::ALL.map(Category::as_str).to_vec())
        );
        let kinds = [
            IdentifierKind::Phone,
            IdentifierKind::Email,
            IdentifierKind::NationalNumber,
        ];
        for k in kinds {
            // A new kind fails to compile here: add it to `kinds`.
            match k {
                IdentifierKind::Phone | IdentifierKind::Email | IdentifierKind::NationalNumber => {}
            }
        }
        assert_eq!(
            members::<IdentifierKind>(),
            strs(kinds.map(IdentifierKind::as_str).to_vec())
        );
        let filters = members::<ClientFilter>();
        assert_eq!(filters.len(), 4);
        for f in &filters {
            assert!(ClientFilter::parse(f).is_some(), "{f}");
        }
        let sorts = members::<dto_clients::ClientSortName>();
        assert_eq!(sorts.len(), 3);
        for s in &sorts {
            assert!(avenir_api::ClientSort::parse(s).is_some(), "{s}");
        }
        for f in members::<dto_clients::SessionTextField>() {
            assert!(crate::commands_clients::session_text(&f).is_some(), "{f}");
        }
        for p in members::<crate::booklet::Paper>() {
            assert!(crate::booklet::Paper::parse(&p).is_some(), "{p}");
        }
        for m in members::<dto::UnlockMethod>() {
            let parsed: Result<dto::UnlockMethod, _> = serde_json::from_value(m.clone().into());
            assert!(parsed.is_ok(), "{m}");
        }
        let index = std::fs::read_to_string(repo_root().join("src-tauri/vault/src/db.rs")).unwrap();
        for field in members::<dto_clients::SearchField>() {
            assert!(
                index.contains(&format!("'{field}')")),
                "the vault's search index writes no field {field}"
            );
        }
    }

    #[test]
    fn the_library_file_is_what_content_library_sends() {
        let json: serde_json::Value = serde_json::from_str(&library()).unwrap();
        assert!(json["exercises"].as_array().unwrap().len() >= 5);
        assert!(!json["plans"].as_array().unwrap().is_empty());
        assert!(!json["cards"].as_array().unwrap().is_empty());
        assert_eq!(json["problems"], serde_json::json!([]));
        let lib = avenir_api::Library::shipped();
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(
            json,
            serde_json::to_value(dto_worksheets::LibraryDto::new(&lib, today)).unwrap()
        );
    }

    #[test]
    fn limits_are_the_rust_constants() {
        let text = limits();
        for line in [
            format!(
                "export const MAX_DAYS = {};",
                avenir_api::core::course::MAX_DAYS
            ),
            format!(
                "export const MAX_BLOCK_MINUTES = {};",
                avenir_api::core::course::MAX_BLOCK_MINUTES
            ),
            format!(
                "export const MAX_LANGUAGES = {};",
                avenir_api::core::course::MAX_LANGUAGES
            ),
            format!(
                "export const MAX_PHOTOS_PER_PAGE = {};",
                avenir_api::core::album::MAX_PHOTOS_PER_PAGE
            ),
            "export const IDLE_MINUTES_MIN = 1;".to_owned(),
        ] {
            assert!(text.lines().any(|l| l == line), "{line}");
        }
    }
}
