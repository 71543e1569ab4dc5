/** safety.* procedures (see its issue). */
export const safetyProcedures = {} as const;
