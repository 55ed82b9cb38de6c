import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import logicalProperties from '../../src/build/logical-properties.mjs';
import dropCrown from '../../src/build/drop-crown.mjs';
import unusedCss from '../../src/build/unused-css.mjs';

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
});
