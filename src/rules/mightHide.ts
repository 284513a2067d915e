/**
 * Inline styles that may keep a reader from seeing text as it is written,
 * though the tool cannot tell for sure that they do, as ordered data: text
 * that is faint or transparent (a shadow may still draw it), clipped or
 * masked, shrunk or turned by a transform, moved far off by an offset, a
 * margin or an indent, boxed to nothing with its overflow hidden, or whose
 * digits a bidirectional override sets right to left ("779" shows "977").
 * Such text is read as struck text is (`isStruck`): its words are seen, no
 * figure is read from it, and it cuts the text, so that a figure it touches
 * is left out with a warning rather than read with or without it.
 */

/** Under this opacity text is all but invisible; at 0 it is hidden (`isHidden`). */
const FAINT = 0.1;

/** A length this far (in CSS pixels, an `em` taken as 16) moves text off the page: "-9999px", "-999em". */
const FAR_PX = 100;

/** A length relative to a box or the viewport this far (in per cent) moves text out of it: "-100%", "100vw". */
const FAR_PERCENT = 100;

/** A scale under this shrinks text past reading. */
const SMALL_SCALE = 0.5;

/** CSS pixels per unit of absolute and font-relative lengths; a relative length is weighed by `FAR_PERCENT`. */
const PX_PER_UNIT: Readonly<Record<string, number>> = {
  px: 1, em: 16, rem: 16, ex: 8, rex: 8, ch: 8, rch: 8, cap: 16, rcap: 16, ic: 16, ric: 16, lh: 16, rlh: 16,
  pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6,
};

/** Properties that move an element or its text: an offset, a margin, an indent. */
const MOVING = /^(?:left|right|top|bottom|inset(?:-.+)?|margin(?:-.+)?|text-indent)$/;

/** Properties whose value other than `none` (or `auto`) clips or masks the element. */
const CLIPPING: ReadonlySet<string> = new Set([
  'clip', 'clip-path', '-webkit-clip-path', 'mask', 'mask-image', '-webkit-mask', '-webkit-mask-image', '-webkit-mask-box-image',
]);

/** Values that keep a property as though it were not set. */
const UNSET: ReadonlySet<string> = new Set(['', 'none', 'auto', 'initial', 'unset', 'inherit', 'revert', 'revert-layer']);

/** A number, perhaps a percentage, alone. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/;

/** Each number of a value with its unit, its sign aside: "9999px" in "-9999px", "50%", "0". */
const DIMENSION = /(\d+(?:\.\d*)?|\.\d+)([a-z%]*)/g;

/** A colour with no alpha: `transparent`, "#0000", "#ffffff00", an rgba(), hsla() or the like whose alpha is zero. */
const CLEAR_COLOR = /transparent|^#[0-9a-f]{3}0$|^#[0-9a-f]{6}00$|[,/]\s*[+-]?(?:0+(?:\.0*)?|\.0+)%?\s*\)$/;

/** Transform functions that keep text as written when their numbers are small: a translation, a scale. */
const TRANSLATE = /^translate(?:x|y|z|3d)?$/;
const SCALE = /^scale(?:x|y|z|3d)?$/;

/** A number alone as written, or undefined when it is no number (a `var()`, a keyword); a percentage as a fraction. */
function numberOf(value: string): number | undefined {
  if (!NUMBER.test(value)) return undefined;
  const number = Number.parseFloat(value);
  return value.endsWith('%') ? number / 100 : number;
}

/** Whether any length in the value moves text far: "-9999px", "calc(-100% - 1px)"; not "50%" nor "-15px". */
function isFar(value: string): boolean {
  for (const [, digits, unit] of value.matchAll(DIMENSION)) {
    const size = Number.parseFloat(digits as string);
    const perPx = PX_PER_UNIT[unit as string];
    if (perPx !== undefined ? size * perPx >= FAR_PX : unit !== '' && size >= FAR_PERCENT) return true;
  }
  return false;
}

/** Whether each length in the value is a pixel or less: "0", "1px". */
function isTiny(value: string): boolean {
  const sizes = [...value.matchAll(DIMENSION)];
  return sizes.length > 0 && sizes.every(([, digits, unit]) => Number.parseFloat(digits as string) * (PX_PER_UNIT[unit as string] ?? 1) <= 1);
}

/** Whether a transform keeps text as written: none, or translations that are not far and scales that do not shrink or mirror it. */
function keepsText(transform: string): boolean {
  if (UNSET.has(transform)) return true;
  const calls = transform.split(')');
  // What follows the last function's ")" is nothing, or no function this reads.
  if ((calls.pop() as string).trim() !== '') return false;
  return calls.every((call) => {
    const open = call.indexOf('(');
    const name = call.slice(0, open).trim();
    const args = call.slice(open + 1);
    return open >= 0 && (TRANSLATE.test(name) ? !isFar(args) : SCALE.test(name) && keepsSize(args));
  });
}

/** Whether each factor of a scale is one text can be read at, and none mirrors it. */
function keepsSize(factors: string): boolean {
  return factors.split(/[\s,]+/).every((factor) => factor === '' || (numberOf(factor) ?? 0) >= SMALL_SCALE);
}

/** Whether a box this style gives no room shows none of what overflows it. */
function isBoxedToNothing(values: ReadonlyMap<string, string>): boolean {
  const overflow = ['overflow', 'overflow-x', 'overflow-y'].some((name) => /hidden|clip|scroll|auto/.test(values.get(name) ?? ''));
  return overflow && ['width', 'height', 'max-width', 'max-height'].some((name) => isTiny(values.get(name) ?? ''));
}

/** Under this font size (in CSS pixels, an `em` or a parent's size taken as 16) text cannot be read. */
const TINY_FONT_PX = 4;

/** A size alone, as `font-size` or the `font` shorthand writes it. */
const FONT_SIZE = /^(\d+(?:\.\d*)?|\.\d+)([a-z%]*)$/;

/** The font's sizes the style writes, in `font-size` or the `font` shorthand ("0/0 a", "bold 1px serif"). */
function fontSizes(values: ReadonlyMap<string, string>): string[] {
  const sizes: string[] = [];
  const size = values.get('font-size');
  if (size !== undefined) sizes.push(size);
  // In the shorthand the size is the first number that can be one: a weight ("700") has no unit and is never 0.
  const font = values.get('font')?.split(/[\s/]+/).find((word) => word === '0' || /^[0-9.]+[a-z%]+$/.test(word));
  if (font !== undefined) sizes.push(font);
  return sizes;
}

/**
 * Whether the style sets a font size too small to read text at ("1px",
 * "0.1em", "font: 0/0 a"), a size of 0 included. Only the element's own text
 * is that small: a child's size a style sheet may set again, as themes do in
 * a container of `font-size: 0` (see `PageReader`).
 */
export function hasTinyFont(values: ReadonlyMap<string, string>): boolean {
  return fontSizes(values).some((size) => {
    const [, digits, unit] = FONT_SIZE.exec(size) ?? [];
    if (digits === undefined) return false;
    const number = Number.parseFloat(digits);
    const perPx = unit === '%' ? 0.16 : unit === '' ? (number === 0 ? 1 : undefined) : PX_PER_UNIT[unit as string];
    return perPx !== undefined && number * perPx < TINY_FONT_PX;
  });
}

/**
 * Whether the style (`styleValues`) may hide text or show it otherwise than
 * as written; see above. `faint`: whether a faint element counts, as it does
 * but for a page's root or body, which may hide itself until its scripts
 * have run (see `isHidden`).
 */
export function mightHide(values: ReadonlyMap<string, string>, faint = true): boolean {
  for (const [name, value] of values) {
    if (name === 'opacity') {
      if (!faint) continue;
      const opacity = numberOf(value);
      if (opacity === undefined ? !UNSET.has(value) : opacity < FAINT) return true;
    } else if (name === 'color' || name === '-webkit-text-fill-color') {
      if (CLEAR_COLOR.test(value)) return true;
    } else if (name === 'filter') {
      if (/opacity|blur/.test(value)) return true;
    } else if (CLIPPING.has(name)) {
      if (!UNSET.has(value)) return true;
    } else if (name === 'transform') {
      if (!keepsText(value)) return true;
    } else if (name === 'scale' || name === 'rotate') {
      if (!UNSET.has(value) && !(name === 'scale' && keepsSize(value))) return true;
    } else if (name === 'translate' || MOVING.test(name)) {
      if (isFar(value)) return true;
    } else if (name === 'unicode-bidi') {
      if (value.includes('override')) return true;
    }
  }
  return isBoxedToNothing(values);
}
