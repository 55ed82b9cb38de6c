/**
 * PostCSS plugin: removes GOV.UK Frontend rules for the Royal Arms crest and the Open
 * Government Licence logo. A council site shows neither, and should not reference them.
 */
const crownSelectors = /govuk-footer__(copyright-logo|licence-logo|licence-description)/;

export default function dropCrown() {
  return {
    postcssPlugin: 'drop-crown',
    Rule(rule) {
      if (crownSelectors.test(rule.selector)) rule.remove();
    },
  };
}
dropCrown.postcss = true;
