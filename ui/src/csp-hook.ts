// Imported first by main.ts: records Content-Security-Policy violations so
// end-to-end tests can assert there were none. Must not import anything.

window.__avenirCspViolations = [];

document.addEventListener('securitypolicyviolation', (event) => {
  window.__avenirCspViolations.push({
    directive: event.violatedDirective,
    blockedURI: event.blockedURI,
  });
});

export {};
