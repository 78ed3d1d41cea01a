/** A person as the API names them (a subject): "you" for the signed-in person. */
export function who(subject: string, me: { id: string } | null | undefined): string {
  if (me && (subject === me.id || subject.replace(/^[a-z_]+:/, '') === me.id)) return 'you';
  return subject;
}
