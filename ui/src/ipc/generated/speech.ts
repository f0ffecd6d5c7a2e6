// Generated from the Rust types by `make gen`; do not edit.

/** A voice the counsellor may choose when the text's language has none. */
export type VoiceDto = {
  id: string;
  /** Its name as the operating system shows it. */
  name: string;
  /** BCP 47 tag of its language. */
  language: string;
};

/** Whether a text is being read aloud. */
export type SpeechStatusDto = { speaking: boolean };
