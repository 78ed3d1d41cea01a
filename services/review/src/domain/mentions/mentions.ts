/** People named in a comment: `@subject` for members, `@name@example.com` for anyone by email. */
export interface Mentions {
  subjects: string[];
  emails: string[];
}

const MENTION = /(^|[\s(,;])@([^\s@(),;]+@[^\s@(),;]+\.[^\s@(),;]+|[A-Za-z0-9][A-Za-z0-9._-]*)/g;

/** The distinct mentions of a text (emails in lower case), at most 50. */
export function mentionsIn(text: string): Mentions {
  const subjects = new Set<string>();
  const emails = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const name = match[2].replace(/[.!?:]+$/, '');
    if (name.includes('@')) emails.add(name.toLowerCase());
    else if (name) subjects.add(name);
    if (subjects.size + emails.size >= 50) break;
  }
  return { subjects: [...subjects], emails: [...emails] };
}
