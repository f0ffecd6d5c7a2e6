// Generated from the Rust types by `make gen`; do not edit.

import type { Pathway, Residence } from './clients';

/** Whether the person's country needs a visa for the Schengen area. */
export type Nationality = 'visa_required' | 'visa_exempt';

/** A vulnerability the rules know. */
export type Vulnerability =
  | 'serious_illness'
  | 'pregnancy'
  | 'single_parent'
  | 'older_person'
  | 'trafficking_victim'
  | 'unaccompanied_minor';

/**
 * Whether a line applies: never a promise — "yes" means the rules say so, "maybe" that it
 * depends on what the rules leave to the partner or adviser.
 */
export type Eligible = 'yes' | 'no' | 'maybe';

export type ExplorerPeriodDto = {
  id: string;
  /** `YYYY-MM-DD`. */
  validFrom: string;
  labelId: string;
  /** The message id of its source (`source-<id>`). */
  sourceId: string;
};

export type CountryDto = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  nationality: Nationality;
};

export type ExplorerSetupDto = {
  /** Sorted by start. */
  periods: Array<ExplorerPeriodDto>;
  countries: Array<CountryDto>;
  situations: Array<Residence>;
  vulnerabilities: Array<Vulnerability>;
  maxHousehold: number;
  maxChildAge: number;
  /** `YYYY-MM-DD`. */
  today: string;
};

export type HouseholdDto = {
  adults: number;
  children: number;
  childAges: Array<number>;
  nationality: Nationality;
  situations: Array<Residence>;
  vulnerable: Array<Vulnerability>;
};

export type ExploreLineDto = {
  pathway: Pathway;
  id: string;
  eligible: Eligible;
  amountEur: number | null;
  feeEur: number | null;
  titleId: string;
  detailId: string;
  bringId: string | null;
  timeId: string | null;
  /** The message id of its source (`source-<id>`). */
  sourceId: string;
};

export type ExplorationDto = { period: ExplorerPeriodDto; lines: Array<ExploreLineDto> };
