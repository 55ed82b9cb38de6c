import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import logicalProperties from '../../src/build/logical-properties.mjs';
import dropCrown from '../../src/build/drop-crown.mjs';
import unusedCss from '../../src/build/unused-css.mjs';
import criticalCss from '../../src/build/critical-css.mjs';
import { partsFor } from '../../src/styles/critical-parts.mjs';
import { inSourceOrder } from '../../src/build/critical-parts-trim.mjs';

const run = async (css: string) => (await postcss([dropCrown(), logicalProperties()]).process(css, { from: undefined })).css;

describe('stylesheet rewriting', () => {
  it('turns left and right into inline start and end, so right-to-left pages mirror', async () => {
    expect(await run('a{margin-left:5px;padding-right:1px;border-left:2px solid;left:0;float:left;text-align:right}')).toBe(
      'a{margin-inline-start:5px;padding-inline-end:1px;border-inline-start:2px solid;inset-inline-start:0;float:inline-start;text-align:end}',
    );
  });

  it('splits a four-value margin whose sides differ, and leaves symmetric ones alone', async () => {
    expect(await run('a{margin:1px 2px 3px 4px}')).toBe('a{margin-block:1px 3px;margin-inline:4px 2px}');
    expect(await run('a{padding:1px 2px 3px 2px}')).toBe('a{padding:1px 2px 3px 2px}');
  });

  it('drops the crown and licence logo rules', async () => {
    expect(await run('.govuk-footer__copyright-logo::before{background:url(crest.svg)}.x{color:red}')).toBe('.x{color:red}');
  });

  it('keeps only the rules for classes some page can use (a class inside :not() is not needed)', async () => {
    const css = '.govuk-body{margin:0}.govuk-pagination{color:red}.govuk-body:not(.govuk-pagination){padding:0}.govuk-radios__item{float:none}@media (min-width:40em){.govuk-pagination{color:blue}}h1{margin:0}';
    const out = (await postcss([unusedCss({ sources: ['src/site'], keep: [/^govuk-radios/] })]).process(css, { from: undefined })).css;
    expect(out).toBe('.govuk-body{margin:0}.govuk-body:not(.govuk-pagination){padding:0}.govuk-radios__item{float:none}h1{margin:0}');
  });

  it('makes each critical part from the whole stylesheet: base has what every page needs, a part only its own', async () => {
    const parts = { base: ['govuk-body'], forms: ['govuk-input'] };
    const css = ':root{--x:1}.govuk-body{margin:0}.govuk-input{border:2px solid}.govuk-body .govuk-input--error{color:red}.govuk-footer{color:blue}@media print{.govuk-body{color:black}}';
    const part = async (name: string) => (await postcss([criticalCss({ parts })]).process(css, { from: `site.scss?inline&part=${name}&critical` })).css;
    // Each rule keeps its place in the whole stylesheet, for putting a page's parts together in order.
    expect(await part('base')).toBe(':root{--x:1;--fhp-critical-order:0}.govuk-body{margin:0;--fhp-critical-order:1}');
    expect(await part('forms')).toBe('.govuk-input{border:2px solid;--fhp-critical-order:2}.govuk-body .govuk-input--error{color:red;--fhp-critical-order:3}');
    // The whole stylesheet is left alone.
    expect((await postcss([criticalCss({ parts })]).process(css, { from: 'site.scss' })).css).toBe(css);
  });

  it('puts a page\'s parts together in the whole stylesheet\'s order, so an override in one part still wins over a rule in another', () => {
    // base holds the alert's own margin (place 7), warnings GOV.UK's banner margin (place 3): the banner's must come first.
    const base = ':root{--x:1;--fhp-critical-order:0}.fhp-alert--warning{margin:10px;--fhp-critical-order:7}@media (min-width:40em){.fhp-alert--warning{margin:15px;--fhp-critical-order:9}}';
    const warnings = '.govuk-notification-banner{margin:30px;--fhp-critical-order:3}@media (min-width:40em){.govuk-notification-banner{margin:50px;--fhp-critical-order:8}}';
    expect(inSourceOrder([base, warnings])).toBe(
      ':root{--x:1}.govuk-notification-banner{margin:30px}.fhp-alert--warning{margin:10px}@media (min-width:40em){.govuk-notification-banner{margin:50px}.fhp-alert--warning{margin:15px}}',
    );
  });

  it('gives a page the critical parts its classes need', () => {
    expect(partsFor('<main><p class="govuk-body">Hi</p></main>')).toEqual(['base']);
    expect(partsFor('<div class="govuk-form-group"><input class="govuk-input govuk-input--width-10"></div><dl class="govuk-summary-list">')).toEqual(['base', 'forms', 'summaryList']);
  });
});
