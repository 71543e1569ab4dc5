/** invitation.* procedures (see its issue). */
export const invitationProcedures = {} as const;
