import { loadRatingScales, mayNeedRatingScales } from '../../data/ratings/labels.js';

/**
 * The CDN bundle knows English labels at once and loads every other publisher's and language's
 * scale on the first label it does not know. An element showing such a label calls this, and
 * re-reads its input when the scales arrive ("Falso" first renders unrated, then false).
 */
export function rereadWhenScalesArrive(label: unknown, reread: () => void): void {
  if (mayNeedRatingScales(label)) void loadRatingScales().then(reread);
}
