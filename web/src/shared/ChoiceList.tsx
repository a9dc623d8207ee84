import type { ReactNode } from 'react';

/** Attributes a form finds a control by (e.g. `data-decide-field`, to focus the first field it refused). */
export type DataAttributes = { readonly [name: `data-${string}`]: string | undefined };

export interface Choice<V extends string = string> {
  readonly value: V;
  /** What stands after the control inside its label. */
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly data?: DataAttributes | undefined;
}

/**
 * A list of radio buttons (one of them) or checkboxes (any of them), each inside its label: the signing method, the
 * executor, the decision's outcome and result, the documents checked. `onChange` hears the value and whether it is now
 * checked.
 */
export function ChoiceList<V extends string>({
  name,
  choices,
  onChange,
  type = 'radio',
  className = 'choice-list',
}: {
  readonly name: string;
  readonly choices: ReadonlyArray<Choice<V>>;
  readonly onChange: (value: V, checked: boolean) => void;
  readonly type?: 'radio' | 'checkbox';
  readonly className?: string;
}) {
  return (
    <ul className={className}>
      {choices.map((choice) => (
        <li key={choice.value}>
          <label>
            <input {...choice.data} type={type} name={name} value={choice.value} checked={choice.checked} onChange={(e) => onChange(choice.value, e.target.checked)} />
            {choice.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** The set with `item` in it or not, as a checkbox says (a new set: React state is never changed in place). */
export function toggled<T>(set: ReadonlySet<T>, item: T, present: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}
