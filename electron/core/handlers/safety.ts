import type { safetyProcedures } from '../../../shared/api/procedures/safety';
import type { AreaFactory } from './types';

export const safetyHandlers: AreaFactory<typeof safetyProcedures> = (_ctx) => ({});
