/** Building blocks of the contract: a procedure's definition and common schemas. */
import { z } from 'zod';

export type Role = 'admin' | 'desk';

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[];
  /** One Vietnamese line for the docs. */
  summary: string;
  /** Writes to the store: the transports push a change event afterwards. */
  mutates: boolean;
}

export const def = <I extends z.ZodType, O extends z.ZodType>(d: ProcedureDef<I, O>) => d;
export const Id = z.string().min(1, 'Thiếu mã');
export const ConferenceRef = z.object({ conferenceId: Id });
export const Items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });
/** What a delete answers: how many rows went. */
export const Deleted = z.object({ deleted: z.number().int() });
/** What a create (or an update that answers only the id) answers. */
export const Created = z.object({ id: z.string() });
export const ADMIN = ['admin'] as const;
export const ANY = ['admin', 'desk'] as const;
/** A file handed back to the caller (DOCX, XLSX, ZIP…). */
export const FileOut = z.object({ fileName: z.string(), contentBase64: z.string() });
