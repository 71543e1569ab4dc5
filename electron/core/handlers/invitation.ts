import type { invitationProcedures } from '../../../shared/api/procedures/invitation';
import type { AreaFactory } from './types';

export const invitationHandlers: AreaFactory<typeof invitationProcedures> = (_ctx) => ({});
