/** SHA-256 of a text (or a file's bytes), as lowercase hex: identifies an org file's content. */
export async function sha256Hex(content: string | Uint8Array): Promise<string> {
  const bytes =
    typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
