/**
 * The critical CSS parts (src/styles/critical-parts.mjs), each made from the site's stylesheet
 * by src/build/critical-css.mjs, in the order they go into <head>.
 */
import base from './site.scss?inline&part=base&critical';
import warnings from './site.scss?inline&part=warnings&critical';
import forms from './site.scss?inline&part=forms&critical';
import radios from './site.scss?inline&part=radios&critical';
import details from './site.scss?inline&part=details&critical';
import summaryList from './site.scss?inline&part=summaryList&critical';
import backLink from './site.scss?inline&part=backLink&critical';
import diagram from './site.scss?inline&part=diagram&critical';

export const criticalStyles: [part: string, css: string][] = Object.entries({ base, warnings, forms, radios, details, summaryList, backLink, diagram });
