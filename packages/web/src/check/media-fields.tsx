import { InputField, SelectField } from "../shell/form-fields.js";

export interface MediaDraft {
  kind: "image" | "video";
  identifiablePeople: boolean;
  consent: boolean;
  tags: string;
}

interface Props {
  media: MediaDraft[];
  onChange: (media: MediaDraft[]) => void;
}

/** Images and videos attached to the post: who is in them, whether consent is recorded, who is tagged. */
export function MediaFields({ media, onChange }: Props) {
  const update = (i: number, patch: Partial<MediaDraft>) =>
    onChange(media.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Images and video</legend>
      {media.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: media items have no identity beyond their position
        <div key={i} className="nhsuk-inset-text parapet-media">
          <SelectField
            id={`media-kind-${i}`}
            label={`Item ${i + 1}: kind`}
            value={m.kind}
            onChange={(e) => update(i, { kind: e.target.value === "video" ? "video" : "image" })}
          >
            <option value="image">Image</option>
            <option value="video">Video</option>
          </SelectField>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`media-people-${i}`}
                type="checkbox"
                checked={m.identifiablePeople}
                onChange={(e) => update(i, { identifiablePeople: e.target.checked })}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`media-people-${i}`}>
                Shows people who could be identified
              </label>
            </div>
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`media-consent-${i}`}
                type="checkbox"
                checked={m.consent}
                onChange={(e) => update(i, { consent: e.target.checked })}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`media-consent-${i}`}>
                Written consent is recorded
              </label>
            </div>
          </div>
          <InputField
            id={`media-tags-${i}`}
            label="Tagged accounts (comma separated)"
            value={m.tags}
            onChange={(e) => update(i, { tags: e.target.value })}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => onChange(media.filter((_, j) => j !== i))}
          >
            Remove item {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() =>
          onChange([...media, { kind: "image", identifiablePeople: false, consent: false, tags: "" }])
        }
      >
        Add an image or video
      </button>
    </fieldset>
  );
}
