/** seating.* procedures (see its issue). */
export const seatingProcedures = {} as const;
