/** checkin.* procedures (see its issue). */
export const checkinProcedures = {} as const;
