//! The referral directory as a file colleagues pass around: CSV (a spreadsheet's) or TOML (the
//! content folder's). Reading gives every row with its line number — an entry, or why it is not
//! one — so an import keeps the good rows and reports the bad; writing gives a file that reads
//! back to the same entries.
//!
//! Columns (CSV header, TOML keys): `name`, `kind`, `pathways`, `languages`, `town`, `address`,
//! `hours`, `phone`, `anonymous`, `bring`, `note`, `checked_on`. Pathways and kinds are core's
//! snake_case codes, languages BCP 47 tags; in a CSV cell several are separated by `;`.
//! `anonymous` is `yes`/`no` (also `true`/`false`, `1`/`0`, empty = no); `checked_on` is
//! `YYYY-MM-DD` or empty.

use avenir_core::directory::{ImportRow, RowProblem, Service, ServiceKind};
use avenir_core::session::Pathway;
use avenir_core::{ErrorArg, UserFacing};
use chrono::NaiveDate;

pub const COLUMNS: [&str; 12] = [
    "name",
    "kind",
    "pathways",
    "languages",
    "town",
    "address",
    "hours",
    "phone",
    "anonymous",
    "bring",
    "note",
    "checked_on",
];

/// The most rows a file may hold (a whole region's services fit many times over).
pub const MAX_ROWS: usize = 50_000;
/// The largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Toml,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "csv" => Some(Format::Csv),
            "toml" => Some(Format::Toml),
            _ => None,
        }
    }

    /// From a file name's extension.
    pub fn of_file(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Self::parse(&ext)
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Toml => "toml",
        }
    }
}

/// A file that cannot be read as a directory at all (rows with problems are not this).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryFileError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not text")]
    NotText,
    #[error("the file is larger than Avenir reads")]
    TooLarge,
    #[error("the file has more rows than Avenir reads")]
    TooManyRows,
    #[error("the column {0:?} is missing")]
    MissingColumn(&'static str),
    #[error("the file cannot be read as {format} near line {line}")]
    Syntax { format: &'static str, line: usize },
    #[error("the file name does not end with .csv or .toml")]
    UnknownFormat,
}

impl UserFacing for DirectoryFileError {
    fn code(&self) -> &'static str {
        match self {
            DirectoryFileError::Empty => "directory_file_empty",
            DirectoryFileError::NotText => "directory_file_not_text",
            DirectoryFileError::TooLarge => "directory_file_too_large",
            DirectoryFileError::TooManyRows => "directory_file_too_many_rows",
            DirectoryFileError::MissingColumn(_) => "directory_file_missing_column",
            DirectoryFileError::Syntax { .. } => "directory_file_syntax",
            DirectoryFileError::UnknownFormat => "directory_file_unknown_format",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            DirectoryFileError::Empty => "error-directory-file-empty",
            DirectoryFileError::NotText => "error-directory-file-not-text",
            DirectoryFileError::TooLarge => "error-directory-file-too-large",
            DirectoryFileError::TooManyRows => "error-directory-file-too-many-rows",
            DirectoryFileError::MissingColumn(_) => "error-directory-file-missing-column",
            DirectoryFileError::Syntax { .. } => "error-directory-file-syntax",
            DirectoryFileError::UnknownFormat => "error-directory-file-unknown-format",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            DirectoryFileError::MissingColumn(c) => vec![("column", (*c).into())],
            DirectoryFileError::Syntax { line, .. } => vec![("line", (*line as u64).into())],
            DirectoryFileError::TooManyRows => vec![("max", (MAX_ROWS as u64).into())],
            _ => Vec::new(),
        }
    }
}

/// Every row of a file, and the columns it has that Avenir does not know (left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub rows: Vec<ImportRow>,
    pub ignored_columns: Vec<String>,
}

/// Reads a directory file. A UTF-8 byte-order mark and Windows line endings are fine.
pub fn read(bytes: &[u8], format: Format) -> Result<Read, DirectoryFileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DirectoryFileError::TooLarge);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DirectoryFileError::Empty);
    }
    if bytes.contains(&0) {
        return Err(DirectoryFileError::NotText);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DirectoryFileError::NotText)?;
    let read = match format {
        Format::Csv => read_csv(text)?,
        Format::Toml => read_toml(text)?,
    };
    if read.rows.len() > MAX_ROWS {
        return Err(DirectoryFileError::TooManyRows);
    }
    Ok(read)
}

/// One row's cells by column name, whatever the file's format.
trait Cells {
    fn text(&self, column: &str) -> Result<String, RowProblem>;
    fn list(&self, column: &str) -> Result<Vec<String>, RowProblem>;
    fn flag(&self, column: &str) -> Result<bool, RowProblem>;
    fn date(&self, column: &str) -> Result<Option<NaiveDate>, RowProblem>;
}

fn entry(cells: &impl Cells) -> Result<Service, RowProblem> {
    let field = |c: &'static str| move |_| RowProblem::Field(c);
    let kind = cells.text("kind")?;
    let kind = ServiceKind::parse(&kind).ok_or(RowProblem::Field("kind"))?;
    let pathways = cells
        .list("pathways")?
        .iter()
        .map(|p| Pathway::parse(p.trim()).ok_or(RowProblem::Field("pathways")))
        .collect::<Result<Vec<_>, _>>()?;
    Service {
        name: cells.text("name")?,
        kind,
        pathways,
        languages: cells.list("languages")?,
        town: cells.text("town")?,
        address: cells.text("address")?,
        hours: cells.text("hours")?,
        phone: cells.text("phone")?,
        anonymous: cells.flag("anonymous")?,
        bring: cells.text("bring")?,
        note: cells.text("note")?,
        checked_on: cells.date("checked_on")?,
    }
    .validated()
    .map_err(|e| field(e.0)(()))
}

fn flag_of(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "no" | "false" | "0" | "n" => Some(false),
        "yes" | "true" | "1" | "y" => Some(true),
        _ => None,
    }
}

fn date_of(s: &str) -> Option<Option<NaiveDate>> {
    let s = s.trim();
    if s.is_empty() {
        return Some(None);
    }
    s.parse().ok().map(Some)
}

struct CsvRow<'a> {
    record: &'a csv::StringRecord,
    index: &'a [Option<usize>; 12],
}

impl CsvRow<'_> {
    fn cell(&self, column: &str) -> &str {
        COLUMNS
            .iter()
            .position(|c| *c == column)
            .and_then(|i| self.index[i])
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }
}

fn column_name(column: &str) -> &'static str {
    COLUMNS
        .iter()
        .find(|c| **c == column)
        .copied()
        .unwrap_or("name")
}

impl Cells for CsvRow<'_> {
    fn text(&self, column: &str) -> Result<String, RowProblem> {
        Ok(self.cell(column).to_owned())
    }
    fn list(&self, column: &str) -> Result<Vec<String>, RowProblem> {
        Ok(self
            .cell(column)
            .split([';', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect())
    }
    fn flag(&self, column: &str) -> Result<bool, RowProblem> {
        flag_of(self.cell(column)).ok_or(RowProblem::Field(column_name(column)))
    }
    fn date(&self, column: &str) -> Result<Option<NaiveDate>, RowProblem> {
        date_of(self.cell(column)).ok_or(RowProblem::Field(column_name(column)))
    }
}

fn read_csv(text: &str) -> Result<Read, DirectoryFileError> {
    // From the byte offset, past any line ending a record is said to start on: csv-core
    // counts a CRLF file's lines short, and starts a record at the LF of the CRLF before it.
    // Counted on from the previous record (records come in order).
    let bytes = text.as_bytes();
    let mut counted = (0usize, 1usize);
    let mut line_of = |offset: usize| {
        let mut at = offset.min(bytes.len());
        while at < bytes.len() && (bytes[at] == b'\r' || bytes[at] == b'\n') {
            at += 1;
        }
        let (from, line) = if at >= counted.0 { counted } else { (0, 1) };
        let line = line + bytes[from..at].iter().filter(|b| **b == b'\n').count();
        counted = (at, line);
        line
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| syntax("CSV", e.position().map_or(1, |p| p.line() as usize)))?
        .clone();
    let names: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut index = [None; 12];
    for (i, column) in COLUMNS.iter().enumerate() {
        index[i] = names.iter().position(|n| n == column);
    }
    if index[0].is_none() {
        return Err(DirectoryFileError::MissingColumn("name"));
    }
    let ignored_columns = names
        .iter()
        .filter(|n| !n.is_empty() && !COLUMNS.contains(&n.as_str()))
        .cloned()
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            syntax(
                "CSV",
                e.position().map_or(0, |p| line_of(p.byte() as usize)),
            )
        })?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // From the byte offset: csv-core counts a CRLF file's lines short.
        let line = record.position().map_or(0, |p| line_of(p.byte() as usize));
        rows.push(ImportRow {
            line,
            entry: entry(&CsvRow {
                record: &record,
                index: &index,
            }),
        });
        if rows.len() > MAX_ROWS {
            return Err(DirectoryFileError::TooManyRows);
        }
    }
    Ok(Read {
        rows,
        ignored_columns,
    })
}

fn syntax(format: &'static str, line: usize) -> DirectoryFileError {
    DirectoryFileError::Syntax { format, line }
}

struct TomlRow<'a>(&'a toml::Table);

impl Cells for TomlRow<'_> {
    fn text(&self, column: &str) -> Result<String, RowProblem> {
        match self.0.get(column) {
            None => Ok(String::new()),
            Some(toml::Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(RowProblem::Field(column_name(column))),
        }
    }
    fn list(&self, column: &str) -> Result<Vec<String>, RowProblem> {
        match self.0.get(column) {
            None => Ok(Vec::new()),
            Some(toml::Value::String(s)) => Ok(vec![s.clone()]),
            Some(toml::Value::Array(a)) => a
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or(RowProblem::Field(column_name(column))),
            Some(_) => Err(RowProblem::Field(column_name(column))),
        }
    }
    fn flag(&self, column: &str) -> Result<bool, RowProblem> {
        match self.0.get(column) {
            None => Ok(false),
            Some(toml::Value::Boolean(b)) => Ok(*b),
            Some(toml::Value::String(s)) => {
                flag_of(s).ok_or(RowProblem::Field(column_name(column)))
            }
            Some(_) => Err(RowProblem::Field(column_name(column))),
        }
    }
    fn date(&self, column: &str) -> Result<Option<NaiveDate>, RowProblem> {
        let bad = || RowProblem::Field(column_name(column));
        match self.0.get(column) {
            None => Ok(None),
            Some(toml::Value::String(s)) => date_of(s).ok_or_else(bad),
            Some(toml::Value::Datetime(d)) => match (d.date, d.time) {
                (Some(day), None) => NaiveDate::from_ymd_opt(
                    i32::from(day.year),
                    u32::from(day.month),
                    u32::from(day.day),
                )
                .map(Some)
                .ok_or_else(bad),
                _ => Err(bad()),
            },
            Some(_) => Err(bad()),
        }
    }
}

#[derive(serde::Deserialize)]
struct TomlFile {
    #[serde(default)]
    service: Vec<toml::Spanned<toml::Table>>,
}

fn read_toml(text: &str) -> Result<Read, DirectoryFileError> {
    let newlines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_of = |offset: usize| newlines.partition_point(|n| *n < offset) + 1;
    let file: TomlFile = toml::from_str(text)
        .map_err(|e| syntax("TOML", e.span().map_or(1, |s| line_of(s.start))))?;
    let mut ignored_columns: Vec<String> = Vec::new();
    let rows = file
        .service
        .iter()
        .map(|spanned| {
            let table = spanned.get_ref();
            for key in table.keys() {
                if !COLUMNS.contains(&key.as_str()) && !ignored_columns.contains(key) {
                    ignored_columns.push(key.clone());
                }
            }
            ImportRow {
                line: line_of(spanned.span().start),
                entry: entry(&TomlRow(table)),
            }
        })
        .collect();
    Ok(Read {
        rows,
        ignored_columns,
    })
}

/// The entries as a file of `format` (CSV with a header row; TOML as `[[service]]` tables).
pub fn write(entries: &[Service], format: Format) -> String {
    match format {
        Format::Csv => write_csv(entries),
        Format::Toml => write_toml(entries),
    }
}

fn cells(s: &Service) -> [String; 12] {
    [
        s.name.clone(),
        s.kind.as_str().to_owned(),
        s.pathways
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(";"),
        s.languages.join(";"),
        s.town.clone(),
        s.address.clone(),
        s.hours.clone(),
        s.phone.clone(),
        if s.anonymous { "yes" } else { "no" }.to_owned(),
        s.bring.clone(),
        s.note.clone(),
        s.checked_on.map(|d| d.to_string()).unwrap_or_default(),
    ]
}

fn write_csv(entries: &[Service]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only lose the row, never panic.
    let _ = w.write_record(COLUMNS);
    for s in entries {
        let _ = w.write_record(cells(s));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn write_toml(entries: &[Service]) -> String {
    let mut out = String::from(
        "# Avenir referral directory: one [[service]] per place. Columns: see the README.\n",
    );
    for s in entries {
        let mut t = toml::Table::new();
        for (column, value) in COLUMNS.iter().zip(cells(s)) {
            let v = match *column {
                "pathways" => {
                    toml::Value::Array(s.pathways.iter().map(|p| p.as_str().into()).collect())
                }
                "languages" => {
                    toml::Value::Array(s.languages.iter().map(|l| l.as_str().into()).collect())
                }
                "anonymous" => toml::Value::Boolean(s.anonymous),
                "checked_on" if value.is_empty() => continue,
                _ => toml::Value::String(value),
            };
            t.insert((*column).to_owned(), v);
        }
        out.push_str("\n[[service]]\n");
        out.push_str(&toml::to_string(&t).unwrap_or_default());
    }
    out
}

#[cfg(test)]
mod tests;
