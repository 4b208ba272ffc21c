/**
 * Whole paragraphs that are page furniture, not reporting. Each entry is a pattern matched against
 * the entire paragraph, case-insensitively; `*` stands for any run of text.
 * Collected from the prompts, credits and labels that news sites print around an article body
 * (comment boxes, newsletter boxes, video and photo credits, share bars, advertising slots).
 */
export const furnitureLines: readonly string[] = [
  // Comment boxes (WordPress default wording and common variants).
  'Leave a comment',
  'Leave a reply',
  'Join the conversation',
  'Comments',
  'Show comments',
  'Your email address will not be published.*',
  'Required fields are marked *',
  // Newsletter boxes.
  'Sign up for our emails',
  'Sign up for our newsletter*',
  'Sign up to our newsletter*',
  'Subscribe to our newsletter*',
  'Get the latest news from * in your inbox*',
  'Get the latest news delivered to your inbox*',
  // Video and photo credits and captions.
  'Video / *',
  'Video: *',
  'Watch: *',
  'Photo / *',
  'Photo: *',
  '* Photo / *',
  '* Photo: *',
  '* Photograph: *',
  '* (Photo: *)',
  'Image: *',
  'Image source: *',
  'Picture: *',
  // Advertising slots and link lists.
  'Advertisement',
  'Sponsored',
  'Story continues below advertisement',
  'Article continues below',
  'Continue reading below',
  'Read more:*',
  'Read more',
  'Also read:*',
  'Related:*',
  'Recommended for you',
  'Most read',
  'Trending',
  // Reporting credits that close agency copy (Reuters and AP conventions).
  '(Reporting by *)',
  'Reporting by *; * by *',
  '(Additional reporting by *)',
  'Additional reporting by * in *',
  '(Writing by *)',
  'Writing by *; Editing by *',
  '(Editing by *)',
  '* contributed to this report.',
  // Time stamps printed above or below the text.
  'Published: *',
  'Updated: *',
  'Last updated: *',
  // Share bars and app prompts.
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
  'Copyright * All rights reserved*',
  '© * All rights reserved*',
];
