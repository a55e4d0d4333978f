// Vitest runs outside React's server environment, where the real `server-only` package throws on
// import by design. Server modules are still tested as plain Node code, so the guard is a no-op here.
export {}
