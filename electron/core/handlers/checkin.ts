import type { checkinProcedures } from '../../../shared/api/procedures/checkin';
import type { AreaFactory } from './types';

export const checkinHandlers: AreaFactory<typeof checkinProcedures> = (_ctx) => ({});
