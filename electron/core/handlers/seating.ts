import type { seatingProcedures } from '../../../shared/api/procedures/seating';
import type { AreaFactory } from './types';

export const seatingHandlers: AreaFactory<typeof seatingProcedures> = (_ctx) => ({});
