/** programme.* procedures (see its issue). */
export const programmeProcedures = {} as const;
