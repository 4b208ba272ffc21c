/** A section page's card: a label, the page title, a sentence about it, and figures when it has any. */
import type { Briefing } from '../../core/model.ts';
import type { SectionContent, ShareCard } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import type { SectionPage } from './section-pages.ts';

/** The image path of a page: `sources/` → `og/sources.png`. */
export function imagePathOf(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return `og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The card of one section page. */
export function describeSection(briefing: Briefing, settings: CardSettings, page: SectionPage): ShareCard {
  const stats = page.stats(briefing);
  const content: SectionContent = {
    kind: 'section',
    ...cardBase(briefing, settings),
    eyebrow: page.eyebrow,
    title: page.title,
    text: page.text,
    stats,
  };
  const figures = stats.map((stat) => `${stat.value} ${stat.label}`).join(', ');
  return {
    path: page.path,
    image: imagePathOf(page.path),
    type: 'website',
    alt: `${settings.title}: ${page.title}. ${page.text}${figures ? ` ${figures}.` : ''}`,
    content,
  };
}
