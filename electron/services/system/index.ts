/** What other areas may use from the system area: nothing (its handler table is wired in electron/core). */
export {};
