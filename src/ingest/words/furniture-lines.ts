/**
 * Whole paragraphs that are page furniture, not reporting, grouped by the kind the ingest report names.
 * Each pattern is matched against the entire paragraph, case-insensitively; `*` stands for any run of
 * text. Collected from the prompts, credits and labels that English-language news sites print around an
 * article body: WordPress comment forms, newsletter boxes, captions and credits (NZ Herald "Photo / ",
 * Guardian "Photograph: ", agency "(Photo: AFP)" and "[Photo Credit: ...]"), advertising slots (New York
 * Times "Continue reading the main story", Canadian and British sites "Story continues below
 * advertisement", "Article continues after advertisement"), related-link lists, share bars, and the
 * reporting credits that close Reuters and AP copy.
 */

/** One kind of furniture: its name in the report (singular) and its patterns. */
export interface FurnitureKind {
  /** `advertisement line`: the report counts and pluralises it. */
  kind: string;
  /** Whole-paragraph patterns. */
  patterns: readonly string[];
}

export const furnitureLines: readonly FurnitureKind[] = [
  {
    // WordPress default wording and common variants.
    kind: 'comment prompt',
    patterns: [
      'Leave a comment',
      'Leave a reply',
      'Join the conversation',
      'Comments',
      'Show comments',
      'Your email address will not be published.*',
      'Required fields are marked *',
    ],
  },
  {
    kind: 'newsletter prompt',
    patterns: [
      'Sign up for our emails',
      'Sign up for our newsletter*',
      'Sign up to our newsletter*',
      'Subscribe to our newsletter*',
      'Get the latest news from * in your inbox*',
      'Get the latest news delivered to your inbox*',
    ],
  },
  { kind: 'video credit', patterns: ['Video / *', 'Video: *', 'Watch: *'] },
  {
    // Credits on a line of their own, bare or in brackets.
    kind: 'photo credit',
    patterns: [
      'Photo / *',
      'Photo: *',
      'Photo credit: *',
      'Photo by *',
      'Photograph: *',
      'Image: *',
      'Image source: *',
      'Image credit: *',
      'Picture: *',
      'Credit: *',
      '(Photo: *)',
      '(Photo credit: *)',
      '(Photo by *)',
      '(Photograph: *)',
      '(Image: *)',
      '[Photo: *]',
      '[Photo credit: *]',
      '[Photo by *]',
      '[Image: *]',
      '[Image credit: *]',
    ],
  },
  {
    // A caption that ends in its credit: the whole caption goes.
    kind: 'photo caption',
    patterns: [
      '* Photo / *',
      '* Photo: *',
      '* Photograph: *',
      '* (Photo: *)',
      '* (Photo credit: *)',
      '* [Photo: *]',
      '* [Photo credit: *]',
    ],
  },
  {
    kind: 'advertisement line',
    patterns: [
      'Advertisement',
      'Advertisement - scroll to continue',
      'Skip advertisement',
      'Sponsored',
      'Sponsored content',
      'Story continues below',
      'Story continues below advertisement',
      'Story continues after advertisement',
      'Article continues below',
      'Article continues below advertisement',
      'Article continues after advertisement',
      'Continue reading',
      'Continue reading below',
      'Continue reading the main story',
    ],
  },
  {
    kind: 'related link',
    patterns: ['Read more:*', 'Read more', 'Also read:*', 'Related:*', 'Recommended for you', 'Most read', 'Trending'],
  },
  {
    // Reuters and AP conventions for the closing credits of agency copy.
    kind: 'reporting credit',
    patterns: [
      '(Reporting by *)',
      'Reporting by *; * by *',
      '(Additional reporting by *)',
      'Additional reporting by * in *',
      '(Writing by *)',
      'Writing by *; Editing by *',
      '(Editing by *)',
      '* contributed to this report.',
    ],
  },
  { kind: 'time stamp', patterns: ['Published: *', 'Updated: *', 'Last updated: *'] },
  {
    kind: 'share prompt',
    patterns: [
      'Share this article',
      'Share this story',
      'Share',
      'Copy link',
      'Share on Facebook',
      'Share on X',
      'Share on Twitter',
      'Listen to this article*',
      'Follow us on *',
      'Download the * app*',
    ],
  },
  { kind: 'copyright line', patterns: ['Copyright * All rights reserved*', '© * All rights reserved*'] },
];
