export type { AreaHandlers } from '../../../shared/api/handlers';
export type { AreaFactory } from '../../services/kernel/context';
