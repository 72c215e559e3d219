// Imported first by the PDF tests, which run in vitest's node environment (pdf-lib and fontkit want
// real Uint8Arrays, not jsdom's). The shared src/test-setup.ts clears sessionStorage after each test,
// which only exists under jsdom; give it a no-op so the shared setup can run here too.
const globals = globalThis as { sessionStorage?: Pick<Storage, 'clear'> };
globals.sessionStorage ??= { clear: () => undefined };
