import { Dialog } from '../ui/Dialog';

const GROUPS: Array<{ title: string; keys: Array<[string[], string]> }> = [
  {
    title: 'Anywhere',
    keys: [
      [['?'], 'Show keyboard shortcuts'],
      [['/'], 'Search the library'],
      [['Esc'], 'Close a dialog or menu'],
      [['Tab'], 'Move between controls'],
    ],
  },
  {
    title: 'Library',
    keys: [
      [['↑', '/', '↓'], 'Move through suggestions'],
      [['Enter'], 'Open the focused asset or suggestion'],
    ],
  },
  {
    title: 'Player',
    keys: [
      [['Space'], 'Play or pause'],
      [['K'], 'Pause'],
      [['L'], 'Play forward; press again to speed up'],
      [['J'], 'Play backward; press again to speed up'],
      [['←'], 'One frame back'],
      [['→'], 'One frame forward'],
      [['Shift', '←'], 'Ten frames back'],
      [['Shift', '→'], 'Ten frames forward'],
      [['Home'], 'Go to the first frame'],
      [['End'], 'Go to the last frame'],
      [['G'], 'Go to a timecode'],
      [['M'], 'Mute or unmute'],
      [['F'], 'Full screen'],
    ],
  },
  {
    title: 'Review',
    keys: [
      [['I'], 'Mark the in point of a comment at this frame'],
      [['O'], 'Mark the out point: the comment covers the range'],
      [['Esc'], 'Put the drawing tool away'],
      [['Ctrl', 'Enter'], 'Post the comment'],
    ],
  },
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {GROUPS.map((g) => (
        <table className="shortcut-table" key={g.title}>
          <caption>{g.title}</caption>
          <tbody>
            {g.keys.map(([keys, what]) => (
              <tr key={what}>
                <td>
                  {keys.map((k, i) =>
                    k === '/' && keys.length > 1 ? (
                      <span key={i}> or </span>
                    ) : (
                      <span key={i}>
                        {i > 0 && keys[i - 1] !== '/' && ' + '}
                        <kbd>{k}</kbd>
                      </span>
                    ),
                  )}
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}
