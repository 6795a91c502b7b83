import { AlertIcon } from './alert-icon';

/** An error a person should read, announced at once; renders nothing without a message. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert">
      <AlertIcon className="alert-icon" />
      <span>{message}</span>
    </div>
  );
}
