import { expect } from '@open-wc/testing';
import { checkThemeContrast, contrastRatio, themeContrastFailures } from '../../src/core/contrast.js';
import { exampleThemes } from '../../src/core/tokens.generated.js';

describe('contrast (WCAG 2.2 1.4.3 and 1.4.11)', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // GOV.UK link blue on white, a published figure: 5.8:1 or so
    expect(contrastRatio('#1a65a6', '#ffffff')).to.be.within(5.5, 6.5);
    expect(contrastRatio('red', '#fff')).to.be.NaN;
  });

  it('passes every pair with the default tokens', () => {
    expect(themeContrastFailures().map((f) => `${f.use} ${f.ratio}`)).to.deep.equal([]);
    expect(checkThemeContrast().length).to.be.greaterThan(15);
  });

  for (const [name, theme] of Object.entries(exampleThemes)) {
    it(`passes every pair with the example theme "${name}"`, () => {
      expect(themeContrastFailures(theme.tokens).map((f) => `${f.use} ${f.ratio}`)).to.deep.equal([]);
    });
  }

  it('fails a theme below the thresholds, naming each pair', () => {
    const failing = themeContrastFailures({
      'color-link': '#7fa7d9', // pale blue link text: about 2.4:1
      'color-input-border': '#d0d0d0', // input border that disappears: about 1.5:1
      'color-success': '#8fd19e', // pale green: buttons and panels lose their text
    });
    const uses = failing.map((f) => f.use);
    expect(uses).to.include('Link');
    expect(uses).to.include('Input, radio and checkbox border');
    expect(uses).to.include('Primary button text'); // button follows success through its alias
    const link = failing.find((f) => f.use === 'Link')!;
    expect(link.minimum).to.equal(4.5);
    expect(link.ratio).to.be.lessThan(4.5);
    expect(failing.find((f) => f.use === 'Input, radio and checkbox border')!.minimum).to.equal(3);
  });

  it('rounds down, so 4.49 never passes as 4.5', () => {
    // #767676 on white is 4.54; #777777 is 4.47
    expect(checkThemeContrast({ 'color-secondary-text': '#777777' }).find((r) => r.use === 'Hint text')!.passes).to.be
      .false;
    expect(checkThemeContrast({ 'color-secondary-text': '#767676' }).find((r) => r.use === 'Hint text')!.passes).to.be
      .true;
  });

  it('fails a value it cannot check rather than passing it', () => {
    const [bad] = themeContrastFailures({ 'color-text': 'rebeccapurple' });
    expect(bad.use).to.equal('Body text');
    expect(bad.ratio).to.equal(0);
  });
});
