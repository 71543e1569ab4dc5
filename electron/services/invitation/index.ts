/** What other areas may use from the invitation area: nothing yet (its handler table is wired in electron/core). */
export {};
