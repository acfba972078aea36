import {expect, fixture} from '@open-wc/testing';
import {emulateTimeZone} from './support/commands.js';

/**
 * A reader west of UTC (Vancouver, UTC−8 in winter) sees the same dates as everyone: a date is a
 * day, not a moment, so it must never show as the day before. The time zone is set before the
 * elements are loaded, so that nothing in this page has formatted a date in another one.
 */
describe('dates, for a reader in Vancouver (west of UTC)', () => {
  before(async () => {
    await emulateTimeZone({timezoneId: 'America/Vancouver'});
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Vancouver');
    await import('../src/index.js');
    // Every language, registered as its module does: the bundle fetches each from
    // dist/locales/<code>.js, beside itself, which these source modules do not have.
    await import('../src/generated/languages/all.js');
  });

  after(() => emulateTimeZone({}));

  const partText = async (markup: string, part: string) => {
    const element = await fixture(markup);
    await (element as Element & {updateComplete: Promise<unknown>}).updateComplete;
    return (element.shadowRoot!.querySelector(`[part="${part}"]`) as HTMLElement).innerText;
  };

  it('dates the source line November 28, 2026, in English', async () => {
    expect(await partText('<trp-contact-card lang="en"></trp-contact-card>', 'source')).to.include('November 28, 2026');
  });

  it('dates the source line 28 novembre 2026, in French', async () => {
    expect(await partText('<trp-outcomes lang="fr"></trp-outcomes>', 'source')).to.include('28 novembre 2026');
  });

  it('dates the source line 28 de noviembre de 2026, in Spanish', async () => {
    expect(await partText('<trp-pathways lang="es"></trp-pathways>', 'source')).to.equal(
      'Fuente: Inmigración, Refugiados y Ciudadanía Canadá (página en inglés). Información revisada el 28 de noviembre de 2026'
    );
  });

  it('says the rule changed on February 4, 2025, in English', async () => {
    expect(await partText('<trp-permit-explainer lang="en"></trp-permit-explainer>', 'length')).to.include('February 4, 2025');
  });

  it('says the rule changed on 4 février 2025, in French', async () => {
    expect(await partText('<trp-permit-explainer lang="fr"></trp-permit-explainer>', 'length')).to.include('4 février 2025');
  });

  it('says the rule changed on 4 de febrero de 2025, in Spanish', async () => {
    expect(await partText('<trp-permit-explainer lang="es-MX"></trp-permit-explainer>', 'length')).to.include(
      'Antes del 4 de febrero de 2025, el primer permiso duraba hasta 180 días.'
    );
  });
});
