/** The ledger (台账) across years: chains of one issuer's commitments (see ledger.ts). */
export * from './types';
export { buildLedger, type LedgerOptions } from './ledger';
export { candidateLinks, assignLinks, MIN_LINK, MIN_ONE_WAY } from './link';
export { planChange } from './change';
export { orderReports, columnYear } from './order';
