/**
 * Card contents that push the templates: a 300-character headline, names in Cyrillic, Greek and
 * Latin-extended letters, names and headlines in Arabic, Hebrew, Devanagari, Chinese, Japanese and Korean,
 * right-to-left text mixed with left-to-right, an emoji, markup in a title, no figures at all. Written for
 * these tests.
 */
import type { CardContent } from '../../src/og/card-content.ts';
import { TOPIC_COLOURS } from '../../src/core/topics/choose-colours.ts';

const base = { brand: 'Ukraine peace talks', asOf: 'as of 27 November 2025' };

/** 300 characters of wire-style headline. */
export const LONG_TITLE =
  'Zelenskyy meets Witkoff and Kushner in Miami as Umerov and Yermak press for guarantees; Dmitriev says Moscow is ready to talk, Lavrov disagrees, and Macron, Starmer and Merz ask for a seat at the table before any deal on Donbas, Zaporizhzhia and the 28-point plan is signed, officials said on Sunday'.padEnd(
    300,
    '.',
  );

/** Nasty cards by file name. */
export const NASTY_CARDS: Record<string, CardContent> = {
  'long-title': {
    ...base,
    kind: 'source',
    outlet: 'The Kyiv Independent',
    headline: LONG_TITLE,
    date: 'Sun 30 Nov 2025',
    wire: null,
    lead: LONG_TITLE,
    topic: { id: 'territory', colour: 'rust', title: 'Territory' },
  },
  'long-word': {
    ...base,
    kind: 'topic',
    topic: 'territory',
    colour: 'rust',
    title: 'Z'.repeat(120),
    question: 'x'.repeat(400),
    stats: [{ value: '12345678901234567890', label: 'sources' }],
    lead: null,
  },
  'long-lead': {
    ...base,
    kind: 'topic',
    topic: 'territory',
    colour: 'rust',
    title: 'Territory',
    question: 'Which land?',
    stats: [],
    lead: {
      text: LONG_TITLE,
      outlet: 'W'.repeat(90),
      date: 'Sun 30 Nov 2025',
      topic: { id: 'territory', colour: 'rust', title: 'Territory' },
    },
  },
  'long-claim': {
    ...base,
    kind: 'claim',
    summary: `${'Umerov '.repeat(60)}said so.`,
    status: 'Disputed',
    sources: '12 independent sources',
    date: 'Sun 30 Nov 2025',
    topic: { id: 'x'.repeat(40), colour: 'teal', title: 'A topic title that goes on and on and on and on' },
  },
  scripts: {
    ...base,
    kind: 'participant',
    colour: 'purple',
    name: 'Мирний Ердоган · Micheál Ó Súilleabháin',
    kindLabel: 'Person',
    role: 'Łukasz Kuźmiński, Ερντογάν and Володимир Зеленський (Ґ, Ї, Є) meet in Kraków',
    stats: [{ value: '3', label: 'quotes' }],
    lead: {
      text: 'Зеленський сказав, що переговори в Женеві були конструктивними.',
      outlet: 'Українська правда',
      date: 'Thu 27 Nov 2025',
      topic: null,
    },
    leadKind: 'statement',
  },
  'arabic-and-chinese': {
    ...base,
    kind: 'participant',
    colour: null,
    name: 'محمد بن سلمان · 王毅',
    kindLabel: 'Person',
    role: 'ولي العهد السعودي، التقى ويتكوف في الرياض يوم 23 نوفمبر 2025 · 中国外交部长王毅在北京会见了乌克兰外长。',
    stats: [{ value: '3', label: 'quotes' }],
    lead: {
      text: 'قال ولي العهد إن المحادثات كانت بناءة · 王毅表示会谈富有成果。',
      outlet: 'الشرق الأوسط',
      date: 'Sun 23 Nov 2025',
      topic: { id: 'participants', colour: 'purple', title: '谁在谈判桌上' },
    },
    leadKind: 'mention',
  },
  'rtl-headline': {
    ...base,
    kind: 'source',
    outlet: 'הארץ',
    headline: 'נתניהו: "נמשיך במשא ומתן" – השיחות בקהיר נמשכות (Reuters, 2025)',
    date: 'Sun 23 Nov 2025',
    wire: 'Reuters',
    lead: 'נתניהו אמר כי השיחות יימשכו.',
    topic: null,
  },
  'long-rtl': {
    ...base,
    kind: 'source',
    outlet: 'الشرق الأوسط',
    headline:
      'ولي العهد السعودي يلتقي ويتكوف وكوشنر في الرياض لبحث خطة السلام الأمريكية المؤلفة من 28 نقطة قبل جولة جديدة من المحادثات في جنيف وأبوظبي '.repeat(
        3,
      ),
    date: 'Sun 23 Nov 2025',
    wire: null,
    lead: null,
    topic: null,
  },
  'world-names': {
    ...base,
    kind: 'section',
    eyebrow: 'Section',
    title: 'Witkoff meets محمد بن سلمان, 王毅, नरेंद्र मोदी and 이재명',
    text: 'Zelenskyy said «مرحبا» and 日本語のテキスト too; בנימין נתניהו was not there.',
    stats: [],
  },
  emoji: {
    ...base,
    kind: 'section',
    eyebrow: 'Section',
    title: 'Peace plan 🕊️ talks 🇺🇦 resume 👍🏽',
    text: 'Leaders shake hands 🤝 in Geneva.',
    stats: [],
  },
  markup: {
    ...base,
    kind: 'home',
    title: '</script><b>x',
    topics: [{ id: '<i>y</i>', colour: 'teal', title: '<img src=x onerror=alert(1)>' }],
    stats: [{ value: '&amp;', label: '<br>' }],
    lead: null,
    leadFrom: 'newest',
  },
  'markup-lead': {
    ...base,
    kind: 'home',
    title: 'x',
    topics: [],
    stats: [],
    lead: {
      text: '</script><img src=x onerror=alert(1)> said so',
      outlet: '<b>Outlet</b>',
      date: '&amp;',
      topic: { id: '<i>y</i>', colour: 'teal', title: '<svg onload=alert(1)>' },
    },
    leadFrom: 'stand',
  },
  empty: { brand: '', asOf: null, kind: 'timeline', title: '', stats: [], latest: null },
  'many-topics': {
    ...base,
    kind: 'home',
    title: LONG_TITLE,
    topics: Array.from({ length: 9 }, (_, index) => ({
      id: `topic-${index}`,
      colour: TOPIC_COLOURS[index % TOPIC_COLOURS.length] ?? 'blue',
      title: `Topic number ${index} with a long title`,
    })),
    stats: [
      { value: '1234', label: 'articles' },
      { value: '987', label: 'independent sources' },
      { value: '456', label: 'outlets' },
      { value: '30 Dec 2024 – 2 Jan 2025', label: 'coverage' },
    ],
    lead: null,
    leadFrom: 'newest',
  },
};
