/** Contact ids are the slug or ACoAA… id of a /in/<id>/ href, validated like the store validates them. */
const ID = /^[\w%.-]{1,100}$/;
const IN_PATH = /\/in\/([^/?#]+)/;

export function profileIdFromHref(href: string | null): string | null {
  if (href === null) return null;
  const id = IN_PATH.exec(href)?.[1];
  return id !== undefined && ID.test(id) ? id : null;
}

export function profileIdFromVanity(vanity: string | null): string | null {
  return vanity !== null && ID.test(vanity) ? vanity : null;
}

export function profileUrl(id: string): string {
  return `https://www.linkedin.com/in/${id}/`;
}
