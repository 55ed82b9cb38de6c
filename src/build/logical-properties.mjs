/**
 * PostCSS plugin: rewrites physical CSS (left/right) as logical CSS (inline start/end),
 * so GOV.UK Frontend's layouts mirror by themselves under dir="rtl" (Arabic, Urdu)
 * without a second stylesheet. Our own styles are written logical in the first place.
 */
const sides = { left: 'start', right: 'end' };
const boxProps = /^(margin|padding)-(left|right)$/;
const borderProps = /^border-(left|right)(-width|-style|-color)?$/;

export default function logicalProperties() {
  return {
    postcssPlugin: 'logical-properties',
    Declaration(decl) {
      const { prop, value } = decl;
      let m;
      if ((m = prop.match(boxProps))) decl.prop = `${m[1]}-inline-${sides[m[2]]}`;
      else if ((m = prop.match(borderProps))) decl.prop = `border-inline-${sides[m[1]]}${m[2] ?? ''}`;
      else if (prop === 'left' || prop === 'right') decl.prop = `inset-inline-${sides[prop]}`;
      else if ((prop === 'float' || prop === 'clear') && sides[value]) decl.value = `inline-${sides[value]}`;
      else if (prop === 'text-align' && sides[value]) decl.value = sides[value];
      else if ((prop === 'margin' || prop === 'padding') && !value.includes('(')) {
        // "top right bottom left" with different sides: split into block and inline pairs.
        const parts = value.replace(/\s*!important$/, '').trim().split(/\s+/);
        if (parts.length === 4 && parts[1] !== parts[3]) {
          const important = value.includes('!important');
          decl.cloneBefore({ prop: `${prop}-block`, value: `${parts[0]} ${parts[2]}`, important });
          decl.cloneBefore({ prop: `${prop}-inline`, value: `${parts[3]} ${parts[1]}`, important });
          decl.remove();
        }
      }
    },
  };
}
logicalProperties.postcss = true;
