/**
 * The element id a URL fragment names, decoded, without a text directive (browsers
 * that do not know `:~:text=` leave it in `location.hash`); undefined when its
 * percent-encoding is malformed, as anyone can make it.
 */
export function fragmentId(hash: string): string | undefined {
  const id = hash.replace(/^#/, '').split(':~:')[0]!;
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined;
  }
}
