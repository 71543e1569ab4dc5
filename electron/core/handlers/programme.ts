import type { programmeProcedures } from '../../../shared/api/procedures/programme';
import type { AreaFactory } from './types';

export const programmeHandlers: AreaFactory<typeof programmeProcedures> = (_ctx) => ({});
