// Types of the exercise engine, the pathway cards and the decision journal, generated from the
// Rust types (./generated/worksheets.ts, `make gen`; avenir-core's content model and
// src-tauri/app) and named here as the UI uses them. See assets/content/README.md.
import type { Field } from './generated/worksheets';

export type {
  ActivityDto as ExerciseActivity,
  Answer,
  AnswerRecordDto as AnswerRecord,
  CardDto as PathwayCard,
  CardSection,
  CardSource,
  Exercise,
  Field,
  Item as ContentItem,
  JournalEntryDto as JournalEntry,
  JournalInputDto as JournalInput,
  LibraryDto as ContentLibrary,
  MatrixCell,
  TimelineEvent,
  Visibility,
} from './generated/worksheets';

export type FieldKind = Field['kind'];
