// The UI and the catalogue agree: every message id the UI's sources name exists, no message is
// left that nothing uses, each FTL file holds its own prefixes, and what the projector window
// shows exists in Arabic. That every message of English exists in nl and fr with the same
// variables (and that no locale has messages or variables English lacks) is the Rust catalogue
// check's to prove (src-tauri/i18n/src/check.rs), over every locale, so English suffices here.
import { describe, expect, it } from 'vitest';
import { ALBUM_CATEGORIES } from '../src/ipc/album-types';
import { CATEGORY_LABEL_IDS } from '../src/lib/album';
import { FIELD_IDS, KIND_IDS, KINDS } from '../src/lib/directory';
import { ASK_IDS, NATIONALITY_IDS, VULNERABILITY_IDS } from '../src/lib/explorer';
import { COMPLETE, FTL_FILES, LOCALES, message } from './fixtures';
import { SETUP } from './explorer-fixtures';
import { SOURCES, variablesById } from './ftl-helpers';

/** The shipped rules periods (assets/content/rules), as text. */
const RULES = import.meta.glob<string>('../../assets/content/rules/*.toml', { query: '?raw', import: 'default', eager: true });

/** Every id with one of `prefixes` written as a literal in the UI's sources (src/ipc left out if asked). */
function idsUsed(prefixes: string, options: { skipIpc?: boolean } = {}): Set<string> {
  const pattern = new RegExp(`'((?:${prefixes})-[a-z0-9-]*[a-z0-9])'`, 'g');
  const used = new Set<string>();
  for (const [path, source] of Object.entries(SOURCES)) {
    if (options.skipIpc && path.includes('/src/ipc/')) continue;
    for (const m of source.matchAll(pattern)) used.add(m[1] ?? '');
  }
  return used;
}

const english = (file: string) => variablesById(FTL_FILES.en[file] ?? '');

describe('album.ftl', () => {
  const en = english('album.ftl');
  const used = idsUsed('album|booklet');

  it('holds only album- and booklet- messages', () => {
    expect(en.size).toBeGreaterThan(80);
    expect([...en.keys()].filter((id) => !id.startsWith('album-') && !id.startsWith('booklet-'))).toEqual([]);
  });

  it('defines every album- and booklet- id the sources use, and holds none they do not', () => {
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('album-import-progress')).toEqual(['n', 'total']);
    expect(en.get('album-message-from')).toEqual(['from']);
  });

  it('labels every category', () => {
    expect(Object.keys(CATEGORY_LABEL_IDS).sort()).toEqual([...ALBUM_CATEGORIES].sort());
    for (const category of ALBUM_CATEGORIES) expect(CATEGORY_LABEL_IDS[category]).toBe(`album-category-${category}`);
  });
});

describe('backup.ftl', () => {
  const en = english('backup.ftl');
  const used = idsUsed('backup|restore', { skipIpc: true });
  /** The native chooser's texts: the back end asks for them, not the UI. */
  const chooser = ['backup-choose-folder-title', 'backup-choose-file-title', 'chooser-accept', 'chooser-cancel'];

  it('holds only backup-, restore- and chooser- messages', () => {
    expect(en.size).toBeGreaterThan(30);
    expect([...en.keys()].filter((id) => !/^(backup|restore|chooser)-/.test(id))).toEqual([]);
  });

  it('defines every backup- and restore- id the UI uses, and the UI uses all but the chooser texts', () => {
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id) && !chooser.includes(id))).toEqual([]);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('backup-last-verified')).toEqual(['folder', 'when']);
    expect(en.get('restore-done')).toEqual(['label']);
  });
});

describe('handover.ftl', () => {
  const en = english('handover.ftl');
  // data-testid values are written only in double-quoted attributes, so every single-quoted
  // literal with this prefix is a message id.
  const used = idsUsed('handover', { skipIpc: true });
  /** The native choosers' texts: the back end asks for them, not the UI. */
  const chooser = ['handover-choose-save-title', 'handover-choose-save-accept', 'handover-choose-file-title'];

  it('holds only handover- messages', () => {
    expect(en.size).toBeGreaterThan(60);
    expect([...en.keys()].filter((id) => !id.startsWith('handover-'))).toEqual([]);
  });

  it('defines every handover- id the UI uses, and the UI uses all but the chooser texts', () => {
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id) && !chooser.includes(id))).toEqual([]);
    for (const id of chooser) expect(en.has(id), id).toBe(true);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('handover-mark-copy')).toEqual(['contact', 'date']);
    expect(en.get('handover-mark-transfer')).toEqual(['contact', 'date']);
    expect(en.get('handover-preview-code-here')).toEqual(['code', 'here']);
    expect(en.get('handover-sent')).toEqual(['contact', 'file']);
    expect(en.get('handover-received-heading')).toEqual(['code']);
  });

  it('has the same messages with the same variables in nl and fr', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['handover.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });
});

describe('directory.ftl', () => {
  const en = english('directory.ftl');
  // data-testid values are written only in double-quoted attributes, so every single-quoted
  // literal with these prefixes is a message id.
  const used = idsUsed('directory|slip', { skipIpc: true });
  /** The native choosers' texts: the back end asks for them, not the UI. */
  const chooser = ['directory-choose-file-title', 'directory-choose-save-title', 'directory-choose-save-accept'];

  it('holds only directory- and slip- messages', () => {
    expect(en.size).toBeGreaterThan(100);
    expect([...en.keys()].filter((id) => !/^(directory|slip)-/.test(id))).toEqual([]);
  });

  it('defines every directory- and slip- id the UI uses, and the UI uses all but the chooser texts', () => {
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id) && !chooser.includes(id))).toEqual([]);
    for (const id of chooser) expect(en.has(id), id).toBe(true);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('directory-referred-step')).toEqual(['date', 'name']);
    expect(en.get('directory-import-bad-field')).toEqual(['field', 'line']);
    expect(en.get('directory-import-bad-duplicate')).toEqual(['first', 'line']);
    expect(en.get('directory-import-kept-line')).toEqual(['line', 'name']);
    expect(en.get('directory-import-preview-heading')).toEqual(['file']);
    expect(en.get('directory-exported')).toEqual(['file']);
    expect(en.get('directory-offer-text')).toEqual(['file']);
    expect(en.get('directory-outdated')).toEqual(['date']);
  });

  it('has the same messages with the same variables in nl and fr', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['directory.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('holds in every client language exactly the texts of the slip, with the same variables', () => {
    const slip = [...en.keys()].filter((id) => id.startsWith('slip-'));
    expect(slip.length).toBeGreaterThan(5);
    for (const locale of LOCALES.filter((l) => !COMPLETE.includes(l))) {
      const other = variablesById(FTL_FILES[locale]['directory.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual(slip.sort());
      for (const id of slip) expect(other.get(id), `${locale} ${id}`).toEqual(en.get(id));
    }
  });

  it('labels every kind and every field the back end names', () => {
    expect(Object.keys(KIND_IDS).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(KIND_IDS[kind]).toBe(`directory-kind-${kind.replace(/_/g, '-')}`);
    expect(Object.keys(FIELD_IDS).sort()).toEqual(
      ['name', 'kind', 'pathways', 'languages', 'town', 'address', 'hours', 'phone', 'anonymous', 'bring', 'note', 'checked_on'].sort(),
    );
    for (const id of Object.values(FIELD_IDS)) expect(en.has(id), id).toBe(true);
  });
});

describe('journal.ftl', () => {
  const en = english('journal.ftl');

  it('holds only journal- and pathcard- messages', () => {
    expect(en.size).toBeGreaterThan(50);
    expect([...en.keys()].filter((id) => !id.startsWith('journal-') && !id.startsWith('pathcard-'))).toEqual([]);
  });

  it('defines every journal- and pathcard- id named in the sources', () => {
    const used = idsUsed('journal|pathcard');
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('pathcard-checked')).toEqual(['date']);
  });
});

describe('projector.ftl', () => {
  const en = english('projector.ftl');

  it('holds only courses-, presenter- and projector- messages', () => {
    expect(en.size).toBeGreaterThan(90);
    expect([...en.keys()].filter((id) => !/^(courses|presenter|projector)-/.test(id))).toEqual([]);
  });

  it('defines every courses-, presenter- and projector- id written in the UI', () => {
    const used = idsUsed('courses|presenter|projector', { skipIpc: true });
    // Literals that name elements (data-testid), not messages.
    for (const id of ['projector-slide', 'projector-title', 'presenter-slide-title']) used.delete(id);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
  });

  it('every message of the wall exists in every client language, which has nothing else of this file', () => {
    const wall = [...en.keys()].filter((id) => id.startsWith('projector-wall-'));
    expect(wall.length).toBeGreaterThan(1);
    for (const locale of LOCALES.filter((l) => !COMPLETE.includes(l))) {
      const other = variablesById(FTL_FILES[locale]['projector.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual(wall.sort());
    }
  });

  it('the pathway names and lines shown on the wall exist in Arabic', () => {
    const ar = variablesById(FTL_FILES.ar['clients.ftl'] ?? '');
    const wall = ['clients-pathways-heading', 'clients-pathways-intro'].concat(
      ['legalise', 'onward', 'return', 'undocumented'].flatMap((p) => [`clients-pathway-${p}`, `clients-pathway-${p}-about`]),
    );
    for (const id of wall) expect(ar.has(id), id).toBe(true);
  });
});

describe('worksheets.ftl', () => {
  const en = english('worksheets.ftl');
  const used = idsUsed('worksheet');

  it('holds only worksheet- messages', () => {
    expect(en.size).toBeGreaterThan(40);
    expect([...en.keys()].filter((id) => !id.startsWith('worksheet-'))).toEqual([]);
  });

  it('defines every worksheet- id the sources use, and holds none they do not', () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('worksheet-activity')).toEqual(['date', 'sessions']);
  });
});

describe('explorer.ftl', () => {
  const en = english('explorer.ftl');
  // data-testid values (explorer-…) are written only in double-quoted attributes, so every
  // single-quoted literal with these prefixes is a message id.
  const used = idsUsed('explore|explorer', { skipIpc: true });
  /** The statements of the shipped rules: [id, pathway, bring, time]. */
  const statements = Object.values(RULES).flatMap((toml) =>
    toml.split('[[statements]]').slice(1).map((block) => ({
      id: /\bid = "([^"]+)"/.exec(block)?.[1] ?? '',
      pathway: /\bpathway = "([^"]+)"/.exec(block)?.[1] ?? '',
    })),
  );

  it('defines every explore- and explorer- id the UI writes, and the UI uses every explorer- message', () => {
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => id.startsWith('explorer-') && !used.has(id))).toEqual([]);
  });

  it('holds only the explorer’s messages: its lines, periods, errors, the person’s texts and the counsellor’s', () => {
    expect([...en.keys()].filter((id) => !/^(explore|explorer|rules|error-household|error-explorer)-/.test(id))).toEqual([]);
  });

  it('has a suggested question for every legalisation procedure of the shipped rules, and for nothing else', () => {
    const legalise = [...new Set(statements.filter((s) => s.pathway === 'legalise').map((s) => s.id))].sort();
    expect(legalise).toEqual(
      ['asylum', 'family-reunification', 'humanitarian-regularisation', 'medical-regularisation', 'statelessness', 'trafficking-victim'],
    );
    expect(Object.keys(ASK_IDS).sort()).toEqual(legalise);
    for (const id of legalise) expect(ASK_IDS[id]).toBe(`explore-ask-${id}`);
    expect([...en.keys()].filter((id) => id.startsWith('explore-ask-')).sort()).toEqual(
      [...legalise.map((id) => `explore-ask-${id}`), 'explore-ask-general'].sort(),
    );
  });

  it('labels every vulnerability and nationality group the back end names', () => {
    expect(Object.keys(VULNERABILITY_IDS).sort()).toEqual([...SETUP.vulnerabilities].sort());
    for (const [code, id] of Object.entries(VULNERABILITY_IDS)) expect(id).toBe(`explorer-vulnerable-${code.replace(/_/g, '-')}`);
    for (const id of Object.values(NATIONALITY_IDS)) expect(en.has(id), id).toBe(true);
  });

  it('gives its messages the variables the UI passes', () => {
    expect(en.get('explore-amount')).toEqual(['amount']);
    expect(en.get('explore-fee')).toEqual(['amount']);
    expect(en.get('explore-household')).toEqual(['adults', 'children']);
    expect(en.get('explore-period')).toEqual(['date', 'period']);
    expect(en.get('explore-source')).toEqual(['date', 'source']);
    expect(en.get('explore-wall-rules')).toEqual(['date', 'period']);
  });

  it('has the same messages with the same variables in nl and fr', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['explorer.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('holds in Arabic every text the person sees — the result, the questions sheet, the wall — with the same variables', () => {
    const ar = variablesById(FTL_FILES.ar['explorer.ftl'] ?? '');
    const person = [...en.keys()].filter((id) => !id.startsWith('explorer-'));
    expect(person.length).toBeGreaterThan(70);
    expect(person.filter((id) => !ar.has(id))).toEqual([]);
    for (const id of person) expect(ar.get(id), id).toEqual(en.get(id));
    expect([...ar.keys()].filter((id) => !en.has(id))).toEqual([]);
    // The sources of the lines and the pathway names are in Arabic too.
    const cards = variablesById(FTL_FILES.ar['cards.ftl'] ?? '');
    for (const id of ['source-fedasil-2015', 'source-general-law']) expect(cards.has(id), id).toBe(true);
    const clients = variablesById(FTL_FILES.ar['clients.ftl'] ?? '');
    for (const p of ['legalise', 'onward', 'return', 'undocumented']) expect(clients.has(`clients-pathway-${p}`)).toBe(true);
  });
});

describe('print.ftl', () => {
  const en = english('print.ftl');
  // data-testid values (print-…) are written only in double-quoted attributes, so every
  // single-quoted literal with this prefix is a message id.
  const used = idsUsed('print');

  it('holds only print- messages', () => {
    expect(en.size).toBeGreaterThan(25);
    expect([...en.keys()].filter((id) => !id.startsWith('print-'))).toEqual([]);
  });

  it('defines every print- id the sources use, and holds none they do not', () => {
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('has the same messages in every counsellors’ language, and none in a client language', () => {
    for (const locale of COMPLETE) {
      expect([...variablesById(FTL_FILES[locale]['print.ftl'] ?? '').keys()].sort(), locale).toEqual([...en.keys()].sort());
    }
    for (const locale of LOCALES.filter((l) => !COMPLETE.includes(l))) expect(FTL_FILES[locale]['print.ftl'], locale).toBeUndefined();
  });
});

describe('bilingual.ftl', () => {
  const en = english('bilingual.ftl');
  const used = idsUsed('bilingual');

  it('holds only bilingual- messages, each used by the bilingual view', () => {
    expect(en.size).toBe(2);
    expect([...en.keys()].filter((id) => !id.startsWith('bilingual-'))).toEqual([]);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('has the same messages in every counsellors’ language', () => {
    for (const locale of COMPLETE) {
      expect([...variablesById(FTL_FILES[locale]['bilingual.ftl'] ?? '').keys()].sort(), locale).toEqual([...en.keys()].sort());
    }
  });
});

describe('dates.ftl', () => {
  const en = english('dates.ftl');
  const used = idsUsed('date-entry');

  it('holds only date-entry- messages, each used by the date entry', () => {
    expect(en.size).toBe(14);
    expect([...en.keys()].filter((id) => !id.startsWith('date-entry-'))).toEqual([]);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('speech.ftl', () => {
  const en = english('speech.ftl');
  // Test ids of read aloud start with read-aloud-, so every single-quoted speech- literal is a
  // message id.
  const used = idsUsed('speech', { skipIpc: true });
  /** The back end's errors (speech.rs): the UI shows them through translateError. */
  const backEnd = ['speech-unavailable', 'speech-failed'];
  const buttons = ['speech-read-exercise', 'speech-read-question', 'speech-read-card', 'speech-read-slide'];

  it('holds only speech- messages', () => {
    expect(en.size).toBeGreaterThan(12);
    expect([...en.keys()].filter((id) => !id.startsWith('speech-'))).toEqual([]);
  });

  it('defines every speech- id the UI uses, and the UI uses all but the back end’s errors', () => {
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id) && !backEnd.includes(id))).toEqual([]);
    for (const id of [...backEnd, 'speech-voice-gone', 'speech-no-voice']) expect(en.has(id), id).toBe(true);
  });

  it('gives its messages the variables the UI and the back end pass', () => {
    expect(en.get('speech-no-voice')).toEqual(['language']);
    expect(en.get('speech-read-slide')).toEqual(['language']);
    expect(en.get('speech-voice-option')).toEqual(['language', 'name']);
  });

  it('has the same messages with the same variables in every counsellor’s language', () => {
    for (const locale of COMPLETE.filter((l) => l !== 'en')) {
      const other = variablesById(FTL_FILES[locale]['speech.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('French puts a no-break space before : ; ? and ! and inside « »', () => {
    const lines = (FTL_FILES.fr['speech.ftl'] ?? '').split('\n').filter((line) => !line.startsWith('#'));
    expect(lines.filter((line) => /[^\u00a0][:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(line.replace(/^[a-z-]+ = /, '')))).toEqual([]);
  });

  it('names every button with the words it shows first, in every counsellor’s language', () => {
    for (const locale of COMPLETE) {
      const shown = message(locale, 'speech-read-aloud');
      for (const id of buttons) expect(message(locale, id, { language: 'X' }).startsWith(shown), `${locale} ${id}`).toBe(true);
    }
  });
});

describe('display.ftl', () => {
  const en = english('display.ftl');
  const used = idsUsed('display');

  it('holds only display- messages, each used by the display settings', () => {
    expect(en.size).toBe(6);
    expect([...en.keys()].filter((id) => !id.startsWith('display-'))).toEqual([]);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives the text size its percentage', () => {
    expect(en.get('display-text-size-value')).toEqual(['percent']);
  });

  it('exists whole in every complete language, Arabic marked as a draft', () => {
    for (const locale of COMPLETE) {
      const file = FTL_FILES[locale]['display.ftl'] ?? '';
      expect([...variablesById(file).keys()].sort(), locale).toEqual([...en.keys()].sort());
    }
    expect(FTL_FILES.ar['display.ftl']?.startsWith('### review: draft\n')).toBe(true);
  });
});
