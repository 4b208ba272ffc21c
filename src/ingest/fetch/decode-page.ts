/**
 * Decodes a fetched page's bytes: the charset of the `Content-Type` header, else the one a `<meta>` tag in
 * the first 1,024 bytes declares, else UTF-8 (the WHATWG encoding sniffing order, without guessing from
 * the text). A label `TextDecoder` does not know falls back to UTF-8; bad bytes become U+FFFD.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/** The page text of `bytes` sent with the `contentType` header. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const declared = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const decoder = decoderFor(declared) ?? decoderFor(META_CHARSET.exec(head)?.[1]) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
