import type { Rating } from './types';

// Letter grades as critics use them (A+ … F), on a 0–12 scale so that they compare as numbers.
const GRADES = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'];
const SCALES = new Set([4, 5, 10, 20, 100]);
const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const OUT_OF = String.raw`\s*(?:/|out of|of|von|aus|sur|de|su|na)\s*`;
const CONTEXT = String.raw`(?:rating|rated|score|verdict|grade|overall|my take|bewertung|wertung|note|punkte|fazit|valutazione|nota|calificación)`;

const num = (s: string) => Number(s.replace(',', '.'));

function scaled(valueText: string, bestText: string, text: string): Rating | null {
  const value = num(valueText);
  const best = num(bestText);
  if (!SCALES.has(best) || !(value >= 0) || value > best) return null;
  return { value, best, text: text.trim() };
}

function stars(text: string): Rating | null {
  const m = /([★⭐]{1,10})(½)?([☆✩]{0,10})/u.exec(text);
  if (!m) return null;
  const full = Array.from(m[1] ?? '').length;
  const half = m[2] ? 0.5 : 0;
  const empty = Array.from(m[3] ?? '').length;
  const best = empty || half ? full + empty + (half ? 1 : 0) : Math.max(5, full);
  return best <= 10 ? { value: full + half, best, text: m[0] } : null;
}

// Built once: parseRating runs on up to 1,500 short elements of a page while it loads (core/review.ts).
const GRADE = new RegExp(String.raw`${CONTEXT}\s*[:\-–]?\s*([A-F][+-]?)(?![\w+-])`, 'i');
const STAR_WORD = new RegExp(
  String.raw`(?:^|[^\d.,])${NUM}(?:${OUT_OF}(5))?\s*(?:stars?|sterne?n?|étoiles?|estrellas?|stelle)\b`,
  'i',
);
const FRACTION = String.raw`(${NUM}${OUT_OF}(\d{1,3}))(?![\d/.,]\d)`;
const WITH_CONTEXT = new RegExp(String.raw`${CONTEXT}\s*[:\-–]?\s*(?:\S+\s+){0,3}?${FRACTION}`, 'i');
const ALONE = new RegExp(String.raw`(?:^|[^\d/.,])${FRACTION}`, 'i');
/** Every form below needs a digit, a star or a rating word: text with none of them is no rating. */
const CAN_RATE = new RegExp(String.raw`[\d★⭐]|${CONTEXT}`, 'i');

/**
 * Parses a rating as reviews write it: `4/5`, `8.5/10`, `★★★★☆`, `Rating: B+`, `4 stars`,
 * `3.5 out of 5`. `strict` (the default) wants a rating word or the rating alone, so that
 * "24/7" or "3/4 of a cup" in running text are not ratings.
 */
export function parseRating(text: string, strict = true): Rating | null {
  if (!CAN_RATE.test(text)) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const star = stars(t);
  if (star) return star;
  const grade = GRADE.exec(t);
  if (grade?.[1] && GRADES.includes(grade[1].toUpperCase())) {
    return { value: GRADES.indexOf(grade[1].toUpperCase()), best: 12, text: grade[1].toUpperCase() };
  }
  const starWord = STAR_WORD.exec(t);
  if (starWord?.[1]) return scaled(starWord[1], starWord[2] ?? '5', starWord[0].replace(/^\D/, ''));
  const withContext = WITH_CONTEXT.exec(t);
  if (withContext?.[2] && withContext[3]) return scaled(withContext[2], withContext[3], withContext[1] ?? '');
  const alone = ALONE.exec(t);
  if (alone?.[2] && alone[3] && (!strict || t.length <= alone[0].length + 12))
    return scaled(alone[2], alone[3], alone[1] ?? '');
  return null;
}
