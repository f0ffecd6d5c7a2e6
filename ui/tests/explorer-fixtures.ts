// The support explorer's commands as the back end answers them, from the shipped rules: the
// setup, and the exploration of the study's family (2 adults and 3 children aged 4, 9 and 12,
// visa-required, asylum refused with an order to leave) under the rules from June 2015 — the same
// figures as src-tauri/api/src/explorer.rs's test (875, 2 450 and 1 500 euro).
import type { InvokeArgs } from '@tauri-apps/api/core';
import type {
  ExplorationDto,
  ExploreLineDto,
  ExplorerPeriodDto,
  ExplorerSetupDto,
  HouseholdDto,
} from '../src/ipc/generated/explorer';
import { RESIDENCES } from '../src/lib/client-labels';
import type { Handler } from './backend';
import { catalogue, type TestLocale } from './fixtures';

export const TODAY = '2026-12-03';

export const BEFORE_2015: ExplorerPeriodDto = {
  id: 'study-before-2015-06',
  validFrom: '2015-01-01',
  labelId: 'rules-study-before-2015-06',
  sourceId: 'source-fedasil-2015',
};

export const FROM_2015: ExplorerPeriodDto = {
  id: 'study-from-2015-06',
  validFrom: '2015-06-01',
  labelId: 'rules-study-from-2015-06',
  sourceId: 'source-fedasil-2015',
};

export const SETUP: ExplorerSetupDto = {
  periods: [BEFORE_2015, FROM_2015],
  countries: [
    { code: 'MA', nationality: 'visa_required' },
    { code: 'BR', nationality: 'visa_exempt' },
    { code: 'SD', nationality: 'visa_required' },
    { code: 'AL', nationality: 'visa_exempt' },
  ],
  situations: [...RESIDENCES],
  vulnerabilities: ['serious_illness', 'pregnancy', 'single_parent', 'older_person', 'trafficking_victim', 'unaccompanied_minor'],
  maxHousehold: 30,
  maxChildAge: 17,
  today: TODAY,
};

export const FAMILY: HouseholdDto = {
  adults: 2,
  children: 3,
  childAges: [4, 9, 12],
  nationality: 'visa_required',
  situations: ['asylum_refused', 'order_to_leave'],
  vulnerable: [],
};

type Spec = Pick<ExploreLineDto, 'pathway' | 'id' | 'eligible'> & Partial<ExploreLineDto> & { bring?: boolean; time?: boolean };

function lineOf({ bring = false, time = false, ...spec }: Spec): ExploreLineDto {
  return {
    amountEur: null,
    feeEur: null,
    titleId: `explore-${spec.id}`,
    detailId: `explore-${spec.id}-detail`,
    bringId: bring ? `explore-${spec.id}-bring` : null,
    timeId: time ? `explore-${spec.id}-time` : null,
    sourceId: spec.pathway === 'return' ? 'source-fedasil-2015' : 'source-general-law',
    ...spec,
  };
}

/** What may apply to the family today: the return lines first, then the period's statements. */
export const FAMILY_LINES: ExploreLineDto[] = [
  lineOf({ pathway: 'return', id: 'return-journey', eligible: 'yes' }),
  lineOf({ pathway: 'return', id: 'return-premium', eligible: 'yes', amountEur: 875 }),
  lineOf({ pathway: 'return', id: 'return-reintegration', eligible: 'yes', amountEur: 2450 }),
  lineOf({ pathway: 'return', id: 'return-eu-topup', eligible: 'yes', amountEur: 1500 }),
  lineOf({ pathway: 'return', id: 'return-vulnerable', eligible: 'maybe' }),
  lineOf({ pathway: 'legalise', id: 'asylum', eligible: 'maybe', bring: true }),
  lineOf({ pathway: 'legalise', id: 'humanitarian-regularisation', eligible: 'maybe', bring: true, time: true }),
  lineOf({ pathway: 'legalise', id: 'medical-regularisation', eligible: 'no', bring: true, time: true }),
  lineOf({ pathway: 'legalise', id: 'family-reunification', eligible: 'maybe', bring: true }),
  lineOf({ pathway: 'legalise', id: 'trafficking-victim', eligible: 'no' }),
  lineOf({ pathway: 'legalise', id: 'statelessness', eligible: 'maybe', bring: true }),
  lineOf({ pathway: 'onward', id: 'dublin', eligible: 'yes' }),
  lineOf({ pathway: 'onward', id: 'onward-no-papers', eligible: 'yes' }),
  lineOf({ pathway: 'undocumented', id: 'urgent-medical-aid', eligible: 'yes' }),
  lineOf({ pathway: 'undocumented', id: 'schooling', eligible: 'yes' }),
  lineOf({ pathway: 'undocumented', id: 'wages-owed', eligible: 'yes' }),
  lineOf({ pathway: 'undocumented', id: 'detention', eligible: 'yes' }),
];

export const FAMILY_EXPLORATION: ExplorationDto = { period: FROM_2015, lines: FAMILY_LINES };

/** One adult alone, visa-exempt, never applied: little applies, and no amount is paid. */
export const ALONE_EXPLORATION: ExplorationDto = {
  period: FROM_2015,
  lines: FAMILY_LINES.map((line) =>
    line.pathway === 'return' && line.id !== 'return-journey'
      ? { ...line, eligible: 'no', amountEur: null }
      : line.id === 'schooling' || line.id === 'dublin'
        ? { ...line, eligible: 'no' }
        : line,
  ),
};

/** The explorer's commands: the setup, and the family's exploration for any household. */
export function explorerHandlers(overrides: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    explorer_setup: () => SETUP,
    content_catalogue: (_cmd: string, args: InvokeArgs | undefined) => catalogue((args as { locale: TestLocale }).locale),
    explore: (_cmd: string, _args: InvokeArgs | undefined) => FAMILY_EXPLORATION,
    save_booklet_pdf: () => ({ path: '/media/stick/support-explorer.pdf' }),
    ...overrides,
  };
}
