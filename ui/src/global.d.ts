export {};

declare global {
  interface AvenirCspViolation {
    directive: string;
    blockedURI: string;
  }

  interface Window {
    /** Filled by csp-hook.ts; read by the end-to-end tests. */
    __avenirCspViolations: AvenirCspViolation[];
  }
}
