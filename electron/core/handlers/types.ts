import type { ServiceContext } from '../../services/context';
import type { Handlers } from '../dispatcher';

/** The handlers of one area: exactly the procedures its contract file lists. */
export type AreaHandlers<T> = Pick<Handlers, keyof T & keyof Handlers>;
export type AreaFactory<T> = (ctx: ServiceContext) => AreaHandlers<T>;
