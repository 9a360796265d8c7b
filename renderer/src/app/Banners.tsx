/** One dismissable line above the editor: a status, or an alert. */
function Banner({ kind, text, onDismiss }: { kind: 'message' | 'problem'; text: string; onDismiss(): void }) {
  return (
    <div className={kind} role={kind === 'problem' ? 'alert' : 'status'}>
      <p>{text}</p>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** The outcome of the last action (a status) and the reason it failed (an alert), each dismissable. */
export function Banners({
  message,
  problem,
  onDismissMessage,
  onDismissProblem,
}: {
  message: string | null;
  problem: string | null;
  onDismissMessage(): void;
  onDismissProblem(): void;
}) {
  return (
    <>
      {message && <Banner kind="message" text={message} onDismiss={onDismissMessage} />}
      {problem && <Banner kind="problem" text={problem} onDismiss={onDismissProblem} />}
    </>
  );
}
