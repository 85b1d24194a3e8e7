/** The library page's one database handle (the same IndexedDB as every extension page). */
import { openLedgerDb } from '../../lib/store/index';

export const db = openLedgerDb();
