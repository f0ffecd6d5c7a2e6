// Limits the back end enforces too; the UI checks them first to explain early.

/** A profile label has 1 to 60 characters (avenir-vault's MAX_LABEL_CHARS, which is private). */
export const LABEL_MAX_LENGTH = 60;

/** Automatic lock after 1 to 60 minutes without activity (generated from avenir-vault's range). */
export { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN } from '../ipc/generated/limits';
