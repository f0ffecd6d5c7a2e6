// Generated from the Rust types by `make gen`; do not edit.

// avenir_core::course
export const MAX_DAYS = 10;
export const MAX_BLOCKS_PER_DAY = 20;
export const MAX_BLOCK_MINUTES = 480;
export const MAX_TITLE_CHARS = 100;
export const MAX_PLACE_CHARS = 60;
export const MAX_NOTE_CHARS = 2000;
export const MAX_PARTICIPANTS = 200;
export const MAX_LANGUAGES = 12;

// avenir_core::album
export const MAX_CAPTION_CHARS = 2000;
export const MAX_FROM_CHARS = 200;
export const MAX_MESSAGE_CHARS = 5000;
export const MAX_PHOTOS_PER_PAGE = 6;

// avenir_core::content
export const MAX_ITEM_CHARS = 2000;
export const MAX_WHEN_CHARS = 200;
export const SCALE_MAX = 10;

// avenir_core::journal
export const MAX_WHY_CHARS = 1000;

// avenir_core::client
export const MAX_CODE_CHARS = 32;

// avenir_api
export const SEARCH_LIMIT = 50;

// avenir_api::IDLE_MINUTES_RANGE
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 60;

// avenir_core::course::GUESTS: who a guest block may invite
export const GUESTS = ['legal-adviser', 'return-partner', 'returnee'] as const;
