/**
 * The programme area's contract, one file per procedure prefix: agenda.ts (agenda.*), speech.ts
 * (speech.*), award.ts (award.*), script.ts (script.*), document.ts (the programme's document.*).
 * The order below is the contract's order (and docs/api.md's).
 */
import { agendaProcedures } from './agenda';
import { awardProcedures } from './award';
import { programmeDocumentProcedures } from './document';
import { scriptProcedures } from './script';
import { speechFileProcedures, speechProcedures } from './speech';

export const programmeProcedures = {
  ...agendaProcedures,
  ...speechProcedures,
  ...awardProcedures,
  ...speechFileProcedures,
  ...scriptProcedures,
  ...programmeDocumentProcedures,
} as const;
