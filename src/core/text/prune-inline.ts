/**
 * Removes from a block's inline content what is not article text: raw HTML tags (and the
 * contents of `<script>`, `<style>` and similar elements), images, footnote markers, and
 * autolinks whose text is only their address. Hard line breaks become spaces.
 */
import type { Nodes, PhrasingContent } from 'mdast';

/** Elements whose content is code or markup, never prose. */
const rawElements = /^<(script|style|iframe|noscript|template|object|svg|math|textarea|title)\b/i;

function isAddressOnly(node: PhrasingContent): boolean {
  if (node.type !== 'link') return false;
  const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  return text === node.url || `mailto:${text}` === node.url || `http://${text}` === node.url;
}

function pruneChildren(children: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let closing: RegExp | null = null;
  for (const child of children) {
    if (closing) {
      if (child.type === 'html' && closing.test(child.value)) closing = null;
      continue;
    }
    if (child.type === 'html') {
      const raw = rawElements.exec(child.value);
      const selfClosed = raw && new RegExp(`</${raw[1]}\\s*>`, 'i').test(child.value);
      if (raw && !selfClosed) closing = new RegExp(`^</${raw[1]}\\s*>`, 'i');
      continue;
    }
    if (child.type === 'image' || child.type === 'imageReference' || child.type === 'footnoteReference') continue;
    if (isAddressOnly(child)) continue;
    if (child.type === 'break') out.push({ type: 'text', value: ' ' });
    else out.push(pruneInline(child) as PhrasingContent);
  }
  return out;
}

/** A copy of `node` without the non-text inline nodes. */
export function pruneInline(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const children = pruneChildren(node.children as PhrasingContent[]);
  return { ...node, children } as Nodes;
}
