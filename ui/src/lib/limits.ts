// Limits the back end enforces too; the UI checks them first to explain early.

/** A profile label has 1 to 60 characters. */
export const LABEL_MAX_LENGTH = 60;

/** Automatic lock after 1 to 60 minutes without activity. */
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 60;
