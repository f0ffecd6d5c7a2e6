//! Exercise definitions: the file's shape (`ExerciseFile`) and the checked exercise (`Exercise`).

use serde::{Deserialize, Serialize};

use super::error::{DefinitionError, Problem};
use super::visibility::Visibility;
use super::{is_id, is_prefix};

const MAX_FIELDS: usize = 40;

/// An exercise file as written (see `assets/content/README.md`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseFile {
    pub schema: u32,
    pub id: String,
    pub order: u32,
    /// Who may meet this exercise (`always` when absent).
    #[serde(default)]
    pub visibility: Visibility,
    /// The guide has a paragraph on using the exercise in a group (`ex-<id>-guide-group`).
    #[serde(default)]
    pub group_guide: bool,
    #[serde(default)]
    pub fields: Vec<FieldFile>,
}

/// A field as written: every property of every kind; `validate` checks which apply.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldFile {
    pub id: String,
    pub kind: Option<FieldKind>,
    #[serde(default)]
    pub help: bool,
    pub options: Option<Vec<String>>,
    pub labels: Option<String>,
    pub style: Option<ChoiceStyle>,
    pub max_chars: Option<u32>,
    pub max_items: Option<u32>,
    pub ordered: Option<bool>,
    pub rows: Option<Vec<String>>,
    pub row_labels: Option<String>,
    pub columns: Option<Vec<String>>,
    pub column_labels: Option<String>,
    pub cells: Option<CellKind>,
    pub chart: Option<ChartKind>,
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    ShortText,
    LongText,
    Choice,
    Checklist,
    Scale,
    List,
    Matrix,
    Timeline,
    Photos,
}

impl FieldKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::ShortText => "short_text",
            FieldKind::LongText => "long_text",
            FieldKind::Choice => "choice",
            FieldKind::Checklist => "checklist",
            FieldKind::Scale => "scale",
            FieldKind::List => "list",
            FieldKind::Matrix => "matrix",
            FieldKind::Timeline => "timeline",
            FieldKind::Photos => "photos",
        }
    }

    /// The optional properties this kind accepts.
    fn accepts(self) -> &'static [&'static str] {
        match self {
            FieldKind::ShortText | FieldKind::LongText => &["max_chars"],
            FieldKind::Choice => &["options", "labels", "style"],
            FieldKind::Checklist => &["options", "labels"],
            FieldKind::Scale => &[],
            FieldKind::List => &["max_items", "ordered"],
            FieldKind::Matrix => &[
                "rows",
                "row_labels",
                "columns",
                "column_labels",
                "cells",
                "chart",
            ],
            FieldKind::Timeline => &["tags", "labels", "max_items"],
            FieldKind::Photos => &["max_items"],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChoiceStyle {
    #[default]
    Buttons,
    /// Ordered stages drawn along a curve (the grief curve).
    Curve,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CellKind {
    Text,
    Scale,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChartKind {
    Heatmap,
}

/// An option, row, column or tag, with the message id of its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Item {
    pub id: String,
    pub label_id: String,
}

/// A checked field: its id, the message ids of its question and hint, and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Field {
    pub id: String,
    pub label_id: String,
    pub help_id: Option<String>,
    #[serde(flatten)]
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Kind {
    ShortText {
        max_chars: u32,
    },
    LongText {
        max_chars: u32,
    },
    Choice {
        options: Vec<Item>,
        style: ChoiceStyle,
    },
    Checklist {
        options: Vec<Item>,
    },
    Scale {
        low_id: String,
        high_id: String,
    },
    List {
        max_items: u32,
        ordered: bool,
    },
    Matrix {
        rows: Vec<Item>,
        columns: Vec<Item>,
        cells: CellKind,
        low_id: Option<String>,
        high_id: Option<String>,
        chart: Option<ChartKind>,
    },
    Timeline {
        tags: Vec<Item>,
        max_items: u32,
    },
    Photos {
        max_items: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Guide {
    pub aim_id: String,
    pub introduce_id: String,
    pub avoid_id: String,
    /// How to use it with a group, when the exercise has such a paragraph.
    pub group_id: Option<String>,
}

/// A checked exercise, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Exercise {
    pub id: String,
    pub order: u32,
    pub title_id: String,
    pub summary_id: String,
    pub intro_id: String,
    pub visibility: Visibility,
    pub guide: Guide,
    pub fields: Vec<Field>,
}

impl Exercise {
    /// Checks `raw`, read from the file `file` (its name, e.g. `basic-needs.toml`).
    pub fn validate(file: &str, raw: ExerciseFile) -> Result<Exercise, DefinitionError> {
        let err = |field: &str, p: Problem| DefinitionError::new(file, field, p);
        super::check_head(file, raw.schema, &raw.id)?;
        if raw.fields.is_empty() || raw.fields.len() > MAX_FIELDS {
            return Err(err(
                "fields",
                Problem::OutOfRange {
                    min: 1,
                    max: MAX_FIELDS as u64,
                },
            ));
        }
        // A group paragraph for an exercise no group may do would invite what the field forbids.
        if raw.group_guide
            && matches!(
                raw.visibility,
                Visibility::AfterReturnChosen | Visibility::CounsellorOnly
            )
        {
            return Err(err(
                "group_guide",
                Problem::NotForKind {
                    property: "group_guide",
                    kind: raw.visibility.as_str(),
                },
            ));
        }
        let mut fields: Vec<Field> = Vec::with_capacity(raw.fields.len());
        for (i, f) in raw.fields.into_iter().enumerate() {
            let field = validate_field(&raw.id, f)
                .map_err(|(path, p)| err(&format!("fields[{i}]{}", dotted(&path)), p))?;
            if fields.iter().any(|g| g.id == field.id) {
                return Err(err(
                    &format!("fields[{i}].id"),
                    Problem::Duplicate(field.id),
                ));
            }
            // The person's photos belong to their album, never to the counsellor's own sheet.
            if raw.visibility == Visibility::CounsellorOnly
                && matches!(field.kind, Kind::Photos { .. })
            {
                return Err(err(
                    &format!("fields[{i}].kind"),
                    Problem::NotForKind {
                        property: "photos",
                        kind: raw.visibility.as_str(),
                    },
                ));
            }
            fields.push(field);
        }
        let ex = |s: &str| format!("ex-{}-{s}", raw.id);
        Ok(Exercise {
            order: raw.order,
            title_id: ex("title"),
            summary_id: ex("summary"),
            intro_id: ex("intro"),
            visibility: raw.visibility,
            guide: Guide {
                aim_id: ex("guide-aim"),
                introduce_id: ex("guide-introduce"),
                avoid_id: ex("guide-avoid"),
                group_id: raw.group_guide.then(|| ex("guide-group")),
            },
            fields,
            id: raw.id,
        })
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Every message id this exercise shows: the texts a language must have.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![
            self.title_id.as_str(),
            self.summary_id.as_str(),
            self.intro_id.as_str(),
            self.guide.aim_id.as_str(),
            self.guide.introduce_id.as_str(),
            self.guide.avoid_id.as_str(),
        ];
        ids.extend(self.guide.group_id.as_deref());
        for f in &self.fields {
            ids.push(&f.label_id);
            ids.extend(f.help_id.as_deref());
            let items: Vec<&Item> = match &f.kind {
                Kind::Choice { options, .. } | Kind::Checklist { options } => {
                    options.iter().collect()
                }
                Kind::Matrix { rows, columns, .. } => rows.iter().chain(columns).collect(),
                Kind::Timeline { tags, .. } => tags.iter().collect(),
                _ => Vec::new(),
            };
            ids.extend(items.into_iter().map(|i| i.label_id.as_str()));
            match &f.kind {
                Kind::Scale { low_id, high_id } => ids.extend([low_id.as_str(), high_id.as_str()]),
                Kind::Matrix {
                    low_id: Some(l),
                    high_id: Some(h),
                    ..
                } => ids.extend([l.as_str(), h.as_str()]),
                _ => {}
            }
        }
        ids
    }
}

fn dotted(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(".{path}")
    }
}

type FieldResult<T> = Result<T, (String, Problem)>;

fn at<T>(path: &str, p: Problem) -> FieldResult<T> {
    Err((path.to_owned(), p))
}

fn validate_field(exercise: &str, f: FieldFile) -> FieldResult<Field> {
    if !is_id(&f.id) {
        return at("id", Problem::BadId(f.id));
    }
    let Some(kind) = f.kind else {
        return at("kind", Problem::Missing("kind"));
    };
    let present = [
        ("options", f.options.is_some()),
        ("labels", f.labels.is_some()),
        ("style", f.style.is_some()),
        ("max_chars", f.max_chars.is_some()),
        ("max_items", f.max_items.is_some()),
        ("ordered", f.ordered.is_some()),
        ("rows", f.rows.is_some()),
        ("row_labels", f.row_labels.is_some()),
        ("columns", f.columns.is_some()),
        ("column_labels", f.column_labels.is_some()),
        ("cells", f.cells.is_some()),
        ("chart", f.chart.is_some()),
        ("tags", f.tags.is_some()),
    ];
    for (property, is_set) in present {
        if is_set && !kind.accepts().contains(&property) {
            return at(
                property,
                Problem::NotForKind {
                    property,
                    kind: kind.as_str(),
                },
            );
        }
    }
    let base = format!("ex-{exercise}-{}", f.id);
    let items = |name: &'static str,
                 list: Option<Vec<String>>,
                 prefix: Option<String>,
                 prefix_name: &'static str,
                 min: usize,
                 max: usize|
     -> FieldResult<Vec<Item>> {
        let Some(list) = list else {
            return if min == 0 {
                Ok(Vec::new())
            } else {
                at(name, Problem::Missing(name))
            };
        };
        if list.len() < min || list.len() > max {
            return at(
                name,
                Problem::OutOfRange {
                    min: min as u64,
                    max: max as u64,
                },
            );
        }
        let prefix = match prefix {
            Some(p) if !is_prefix(&p) => return at(prefix_name, Problem::BadId(p)),
            Some(p) => p,
            None => base.clone(),
        };
        let mut out: Vec<Item> = Vec::with_capacity(list.len());
        for (i, id) in list.into_iter().enumerate() {
            if !is_id(&id) {
                return at(&format!("{name}[{i}]"), Problem::BadId(id));
            }
            if out.iter().any(|o| o.id == id) {
                return at(&format!("{name}[{i}]"), Problem::Duplicate(id));
            }
            out.push(Item {
                label_id: format!("{prefix}-{id}"),
                id,
            });
        }
        Ok(out)
    };
    let bounded = |name: &'static str, v: Option<u32>, default: u32, max: u32| {
        let v = v.unwrap_or(default);
        if v == 0 || v > max {
            at(
                name,
                Problem::OutOfRange {
                    min: 1,
                    max: u64::from(max),
                },
            )
        } else {
            Ok(v)
        }
    };
    let kind = match kind {
        FieldKind::ShortText => Kind::ShortText {
            max_chars: bounded("max_chars", f.max_chars, 200, 2000)?,
        },
        FieldKind::LongText => Kind::LongText {
            max_chars: bounded("max_chars", f.max_chars, 20_000, 100_000)?,
        },
        FieldKind::Choice => Kind::Choice {
            options: items("options", f.options, f.labels, "labels", 2, 20)?,
            style: f.style.unwrap_or_default(),
        },
        FieldKind::Checklist => Kind::Checklist {
            options: items("options", f.options, f.labels, "labels", 1, 30)?,
        },
        FieldKind::Scale => Kind::Scale {
            low_id: format!("{base}-low"),
            high_id: format!("{base}-high"),
        },
        FieldKind::List => Kind::List {
            max_items: bounded("max_items", f.max_items, 20, 50)?,
            ordered: f.ordered.unwrap_or(false),
        },
        FieldKind::Matrix => {
            let Some(cells) = f.cells else {
                return at("cells", Problem::Missing("cells"));
            };
            if f.chart.is_some() && cells != CellKind::Scale {
                return at("chart", Problem::Unknown("heatmap".to_owned()));
            }
            let scale = cells == CellKind::Scale;
            Kind::Matrix {
                rows: items("rows", f.rows, f.row_labels, "row_labels", 1, 20)?,
                columns: items("columns", f.columns, f.column_labels, "column_labels", 1, 8)?,
                cells,
                low_id: scale.then(|| format!("{base}-low")),
                high_id: scale.then(|| format!("{base}-high")),
                chart: f.chart,
            }
        }
        FieldKind::Timeline => Kind::Timeline {
            tags: items("tags", f.tags, f.labels, "labels", 0, 8)?,
            max_items: bounded("max_items", f.max_items, 40, 60)?,
        },
        FieldKind::Photos => Kind::Photos {
            max_items: bounded("max_items", f.max_items, 12, 24)?,
        },
    };
    Ok(Field {
        help_id: f.help.then(|| format!("{base}-help")),
        label_id: base,
        id: f.id,
        kind,
    })
}
