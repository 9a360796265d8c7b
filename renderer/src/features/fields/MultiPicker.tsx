import { useCombobox, useMultipleSelection } from 'downshift';
import { useMemo, useState } from 'react';

interface Option {
  label: string;
  /** A free entry the user typed, not in the list. */
  free?: boolean;
}

interface Props {
  id: string;
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** Whether entries outside the list may be added (issuers may; fields of work may not). */
  allowFree?: boolean;
  /** How an entry is shown, e.g. a country with its Chairpersonship year. */
  display?: (item: string) => string;
  placeholder?: string;
  describedBy?: string;
}

const MAX_OPTIONS = 60;

/** A multi-select with type-to-filter: arrows to move, Enter to add, Backspace on an empty field to remove the last. */
export function MultiPicker({
  id,
  label,
  options,
  value,
  onChange,
  allowFree,
  display = (s) => s,
  placeholder,
  describedBy,
}: Props) {
  // Downshift owns the typed text (a controlled value drops keys typed quickly); this copy filters.
  const [inputValue, setInputValue] = useState('');
  const items = useMemo<Option[]>(() => {
    const query = inputValue.trim().toLocaleLowerCase();
    const matches = options
      .filter((option) => !value.includes(option) && display(option).toLocaleLowerCase().includes(query))
      .slice(0, MAX_OPTIONS)
      .map((option): Option => ({ label: option }));
    const exact = options.some((option) => option.toLocaleLowerCase() === query);
    if (allowFree && query && !exact && !value.includes(inputValue.trim())) {
      matches.push({ label: inputValue.trim(), free: true });
    }
    return matches;
  }, [options, value, inputValue, allowFree, display]);

  const { getDropdownProps, removeSelectedItem } = useMultipleSelection<string>({
    selectedItems: [...value],
    onStateChange({ selectedItems, type }) {
      if (
        type === useMultipleSelection.stateChangeTypes.DropdownKeyDownBackspace ||
        type === useMultipleSelection.stateChangeTypes.FunctionRemoveSelectedItem
      ) {
        onChange(selectedItems ?? []);
      }
    },
  });

  const { isOpen, getLabelProps, getMenuProps, getInputProps, highlightedIndex, getItemProps } = useCombobox<Option>({
    id,
    inputId: id,
    items,
    selectedItem: null,
    defaultHighlightedIndex: 0,
    itemToString: (item) => item?.label ?? '',
    stateReducer(state, { changes, type }) {
      if (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) {
        return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex, inputValue: '' };
      }
      // Leaving the field never adds whatever happened to be highlighted.
      if (type === useCombobox.stateChangeTypes.InputBlur) return { ...changes, selectedItem: null, inputValue: '' };
      return changes;
    },
    onStateChange({ type, selectedItem }) {
      if (
        (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) &&
        selectedItem
      ) {
        onChange([...value, selectedItem.label]);
      }
    },
    onInputValueChange({ inputValue: typed }) {
      setInputValue(typed ?? '');
    },
  });

  return (
    <div className="picker">
      <label className="field-label" {...getLabelProps()}>
        {label}
      </label>
      <div className="picker-box">
        {value.length > 0 && (
          <ul className="chips" aria-label={`Chosen ${label.toLocaleLowerCase()}`}>
            {value.map((item) => (
              <li key={item} className="chip">
                <span>{display(item)}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${display(item)}`}
                  onClick={() => removeSelectedItem(item)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          className="picker-input"
          placeholder={placeholder ?? 'Type to filter'}
          {...getInputProps({ ...getDropdownProps({ preventKeyAction: isOpen }), 'aria-describedby': describedBy })}
        />
      </div>
      <ul className={`picker-menu${isOpen && items.length > 0 ? ' picker-menu--open' : ''}`} {...getMenuProps()}>
        {isOpen &&
          items.map((item, index) => (
            <li
              key={`${item.free ? 'free:' : ''}${item.label}`}
              className={`picker-option${highlightedIndex === index ? ' picker-option--active' : ''}`}
              {...getItemProps({ item, index })}
            >
              {item.free ? `Add “${item.label}”` : display(item.label)}
            </li>
          ))}
      </ul>
    </div>
  );
}
