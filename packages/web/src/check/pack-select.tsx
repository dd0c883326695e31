import { SelectField } from "../shell/form-fields.js";
import type { PackListItem } from "./use-pack.js";

/** "Policy pack": the packs the server lists by organisation, or a placeholder while they load. */
export function PackSelect(props: {
  id: string;
  packs: readonly PackListItem[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { id, packs, value, onChange } = props;
  return (
    <SelectField id={id} label="Policy pack" value={value} onChange={(e) => onChange(e.target.value)}>
      {(packs.length ? packs : [{ id: value, organisation: "Loading the policy packs…" }]).map((p) => (
        <option key={p.id} value={p.id}>
          {p.organisation}
        </option>
      ))}
    </SelectField>
  );
}
