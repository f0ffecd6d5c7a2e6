// Wording rules of the translations that no catalogue check can know: French typography and
// the counsellor being addressed formally.
import { describe, expect, it } from 'vitest';
import { FTL_FILES } from './fixtures';

/** The values of an FTL source, without comments and without the ids before them. */
function values(ftl: string): string[] {
  return ftl
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/^[a-z-]+ = /, ''));
}

describe('French', () => {
  it('album.ftl puts a no-break space before : ; ? and !', () => {
    expect(values(FTL_FILES.fr['album.ftl'] ?? '').filter((line) => / [:;?!]/.test(line))).toEqual([]);
  });

  it('journal.ftl puts a no-break space before double punctuation', () => {
    expect(FTL_FILES.fr['journal.ftl'] ?? '').not.toMatch(/ [:?!;]/);
  });

  it('handover.ftl puts a no-break space before : ; ? and ! and inside « »', () => {
    const lines = values(FTL_FILES.fr['handover.ftl'] ?? '');
    expect(lines.filter((line) => /[^\u00a0][:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(line))).toEqual([]);
  });

  it('directory.ftl puts a no-break space before : ; ? and ! and inside « »', () => {
    const lines = values(FTL_FILES.fr['directory.ftl'] ?? '');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => /[^\u00a0][:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(line))).toEqual([]);
  });

  it('explorer.ftl puts a no-break space before : ; ? and ! and inside « »', () => {
    const lines = values(FTL_FILES.fr['explorer.ftl'] ?? '');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => /[^\u00a0][:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(line))).toEqual([]);
  });

  it('print.ftl and bilingual.ftl put a no-break space before : ; ? and ! and inside « »', () => {
    const lines = ['print.ftl', 'bilingual.ftl'].flatMap((file) => values(FTL_FILES.fr[file] ?? ''));
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((line) => /[^\u00a0][:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(line))).toEqual([]);
  });

  it('worksheets.ftl puts a no-break space before : and ;', () => {
    expect(values(FTL_FILES.fr['worksheets.ftl'] ?? '').filter((line) => / [:;]/.test(line))).toEqual([]);
  });
});

describe('the counsellor-facing texts of the projector', () => {
  it('say “u” in Dutch and “vous” in French', () => {
    expect(FTL_FILES.nl['projector.ftl'] ?? '').not.toMatch(/\b(je|jij|jouw)\b/i);
    expect(FTL_FILES.fr['projector.ftl'] ?? '').not.toMatch(/\b(tu|ton|ta|tes)\b/i);
  });
});

describe('the referral directory', () => {
  it('says “je” in Dutch, and “client”, not “person”, to the counsellor in English', () => {
    expect(FTL_FILES.nl['directory.ftl'] ?? '').not.toMatch(/\b(u|uw)\b/);
    const english = values(FTL_FILES.en['directory.ftl'] ?? '').filter((line) => !line.startsWith('slip-'));
    expect(english.filter((line) => /\bpersons?\b/i.test(line))).toEqual([]);
  });

  it('the slip speaks to the client as “you”', () => {
    expect(FTL_FILES.en['directory.ftl'] ?? '').toMatch(/^slip-anonymous = You can come without giving your name\.$/m);
    expect(FTL_FILES.nl['directory.ftl'] ?? '').toMatch(/^slip-anonymous = Je /m);
  });
});
