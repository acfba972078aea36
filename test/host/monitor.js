// Loaded by every host page before the bundle, as a partner's own script would be: records what
// the page sees (errors, policy violations, console output) for the test in the parent page.
// It is a classic script from 'self', so the strict policy allows it.
(() => {
  const globalsBefore = Object.getOwnPropertyNames(window);
  const log = {
    globalsBefore,
    errors: [],
    violations: [],
    consoleErrors: [],
    consoleWarnings: [],
    failedLoads: [],
  };
  addEventListener('error', (event) => log.errors.push(String(event.error ?? event.message)));
  // A script or other resource the browser refused or could not fetch (its error event does not bubble).
  addEventListener('error', (event) => event.target !== window && log.failedLoads.push(event.target.src ?? event.target.href), true);
  addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    log.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim())
  );
  const {error, warn} = console;
  console.error = (...args) => {
    log.consoleErrors.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    log.consoleWarnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  Object.defineProperty(window, 'hostLog', {value: log});
})();
