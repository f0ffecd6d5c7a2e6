// The message id of each choice the back end names with a code.
import type {
  ClientFilter,
  ClientSort,
  Decision,
  IdentifierKind,
  Pathway,
  Residence,
  SearchField,
  SessionKind,
} from '../ipc/types';

export const FILTERS: readonly ClientFilter[] = ['all', 'due_this_week', 'not_seen_3_months', 'due_for_review'];

export const FILTER_IDS: Record<ClientFilter, string> = {
  all: 'clients-filter-all',
  due_this_week: 'clients-filter-due-this-week',
  not_seen_3_months: 'clients-filter-not-seen-3-months',
  due_for_review: 'clients-filter-due-for-review',
};

export const SORTS: readonly ClientSort[] = ['code', 'next_follow_up', 'last_session'];

export const SORT_IDS: Record<ClientSort, string> = {
  code: 'clients-sort-code',
  next_follow_up: 'clients-sort-next-follow-up',
  last_session: 'clients-sort-last-session',
};

/** Every residence situation, in the order the form shows them (core's `Residence::ALL`). */
export const RESIDENCES: readonly Residence[] = [
  'asylum_ongoing',
  'asylum_refused',
  'regularisation_pending',
  'order_to_leave',
  'never_applied',
  'overstayed_visa',
  'medical_pending',
  'appeal_pending',
  'dublin',
  'temporary_protection',
  'other',
];

export const RESIDENCE_IDS: Record<Residence, string> = {
  asylum_ongoing: 'clients-residence-asylum-ongoing',
  asylum_refused: 'clients-residence-asylum-refused',
  regularisation_pending: 'clients-residence-regularisation-pending',
  order_to_leave: 'clients-residence-order-to-leave',
  never_applied: 'clients-residence-never-applied',
  overstayed_visa: 'clients-residence-overstayed-visa',
  medical_pending: 'clients-residence-medical-pending',
  appeal_pending: 'clients-residence-appeal-pending',
  dublin: 'clients-residence-dublin',
  temporary_protection: 'clients-residence-temporary-protection',
  other: 'clients-residence-other',
};

/** `situations` without repeats, in the order of {@link RESIDENCES} (as the back end keeps them). */
export function orderedResidences(situations: readonly Residence[]): Residence[] {
  return RESIDENCES.filter((residence) => situations.includes(residence));
}

export const PATHWAYS: readonly Pathway[] = ['legalise', 'onward', 'return', 'undocumented'];

export const PATHWAY_IDS: Record<Pathway, string> = {
  legalise: 'clients-pathway-legalise',
  onward: 'clients-pathway-onward',
  return: 'clients-pathway-return',
  undocumented: 'clients-pathway-undocumented',
};

/** One neutral sentence about each pathway, for the person. */
export const PATHWAY_DESCRIPTION_IDS: Record<Pathway, string> = {
  legalise: 'clients-pathway-legalise-about',
  onward: 'clients-pathway-onward-about',
  return: 'clients-pathway-return-about',
  undocumented: 'clients-pathway-undocumented-about',
};

/** The person's own decisions, in the order the session editor offers them: a pathway, or weighing again. */
export const DECISIONS: readonly Decision[] = [...PATHWAYS, 'open'];

/** A decision's label: the pathway's own name, or "Weighing again". */
export const DECISION_IDS: Record<Decision, string> = {
  ...PATHWAY_IDS,
  open: 'clients-decision-open',
};

export const SESSION_KINDS: readonly SessionKind[] = ['individual', 'interpreter', 'phone', 'group'];

export const SESSION_KIND_IDS: Record<SessionKind, string> = {
  individual: 'clients-kind-individual',
  interpreter: 'clients-kind-interpreter',
  phone: 'clients-kind-phone',
  group: 'clients-kind-group',
};

export const SEARCH_FIELD_IDS: Record<SearchField, string> = {
  code: 'clients-search-field-code',
  summary: 'clients-search-field-summary',
  notes: 'clients-search-field-notes',
  client_notes: 'clients-search-field-client-notes',
};

export const IDENTIFIER_IDS: Record<IdentifierKind, string> = {
  phone: 'clients-identifier-phone',
  email: 'clients-identifier-email',
  national_number: 'clients-identifier-national-number',
};
