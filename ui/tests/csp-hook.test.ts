import { describe, expect, it } from 'vitest';

describe('CSP violation hook', () => {
  it('creates the array and records violations', async () => {
    await import('../src/csp-hook');
    expect(window.__avenirCspViolations).toEqual([]);

    // jsdom has no SecurityPolicyViolationEvent: build one with the same fields.
    const event = Object.assign(new Event('securitypolicyviolation'), {
      violatedDirective: 'style-src-attr',
      blockedURI: 'inline',
    });
    document.dispatchEvent(event);
    expect(window.__avenirCspViolations).toEqual([{ directive: 'style-src-attr', blockedURI: 'inline' }]);
  });

  it('is the first import of main.ts', async () => {
    const main = (await import('../src/main.ts?raw')).default;
    const firstImport = main.match(/^import\s+[^;]+;/m)?.[0];
    expect(firstImport).toBe("import './csp-hook';");
  });
});
