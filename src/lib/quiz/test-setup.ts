// Vitest's setup file (`setupFiles` in vite.config.ts). Nothing is set up globally: a spec that needs
// the question bank builds it (`createBank(bankData())`) and passes it to what it tests, as a page
// passes the bank it loaded.
export {};
