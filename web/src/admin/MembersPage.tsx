export function MembersPage() {
  return (
    <div className="lib-head"><h1>Members</h1></div>
  );
}
