// Commands of the support explorer: its setup (the periods of rules, the organisation's country
// list, the codes and limits, today's date) and one exploration of a household under the rules in
// force on a date. Neither needs the vault, and nothing about the household is stored.
import { call } from './call';
import type { ExplorationDto, ExplorerSetupDto, HouseholdDto } from './generated/explorer';

/** What the explorer's form offers: periods, countries, situations, vulnerabilities, limits, today. */
export function explorerSetup(): Promise<ExplorerSetupDto> {
  return call<ExplorerSetupDto>('explorer_setup');
}

/**
 * What may apply to `household` under the rules in force on `date` (`YYYY-MM-DD`): the period and
 * its lines, the return lines first. A household the client file would refuse, or a date before
 * every period, is an error (`error-household-*`, `error-explorer-no-rules`).
 */
export function explore(date: string, household: HouseholdDto): Promise<ExplorationDto> {
  return call<ExplorationDto>('explore', { date, household });
}
