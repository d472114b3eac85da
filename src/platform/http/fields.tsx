import type { Child } from "hono/jsx";

/** A form's failure, shown above that form (role="alert") and linked to the field it names. */
export interface FormProblem {
  form: string;
  message: string;
  field?: string;
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function FormError({ problem, form }: { problem?: FormProblem; form: string }) {
  if (problem?.form !== form) return null;
  return (
    <p id={`${form}-error`} class="form-error" role="alert">
      {problem.message}
    </p>
  );
}

interface FieldProps {
  form: string;
  name: string;
  label: string;
  problem?: FormProblem;
  value?: string | null;
  hint?: Child;
  required?: boolean;
  type?: "text" | "date" | "number" | "url";
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  maxlength?: number;
  min?: string | number;
  max?: string | number;
}

/** Points at the form's error when the error names this field (or no field). */
function describedBy(p: { form: string; name: string; hint?: Child; problem?: FormProblem }) {
  const invalid = p.problem?.form === p.form && (p.problem.field === undefined || p.problem.field === p.name);
  const ids = [p.hint ? `${p.form}-${p.name}-hint` : undefined, invalid ? `${p.form}-error` : undefined];
  return { invalid, ids: ids.filter(Boolean).join(" ") || undefined };
}

export function InputField(p: FieldProps) {
  const id = `${p.form}-${p.name}`;
  const { invalid, ids } = describedBy(p);
  const common = {
    id,
    name: p.name,
    required: p.required,
    maxlength: p.maxlength,
    "aria-describedby": ids,
    "aria-invalid": invalid ? ("true" as const) : undefined,
  };
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.hint && (
        <p id={`${id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
      {p.rows ? (
        <textarea {...common} rows={p.rows}>
          {p.value ?? ""}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? "text"} value={p.value ?? undefined} min={p.min} max={p.max} />
      )}
    </div>
  );
}

export function SelectField(
  p: Omit<FieldProps, "type" | "rows" | "maxlength"> & { options: { value: string; label: string }[] },
) {
  const id = `${p.form}-${p.name}`;
  const { invalid, ids } = describedBy(p);
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.hint && (
        <p id={`${id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-describedby={ids}
        aria-invalid={invalid ? "true" : undefined}
      >
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A button that posts to `action`: the way to change something without JavaScript. */
export function PostButton({
  action,
  csrf,
  label,
  fields = {},
  danger,
  class: cls,
}: {
  action: string;
  csrf: string;
  label: Child;
  fields?: Record<string, string>;
  danger?: boolean;
  class?: string;
}) {
  return (
    <form method="post" action={action} class={`inline-form${cls ? ` ${cls}` : ""}`}>
      <Csrf token={csrf} />
      {Object.entries(fields).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={danger ? "danger" : undefined}>
        {label}
      </button>
    </form>
  );
}

/** Text for screen readers only, to tell apart the same button on every row of a table. */
export const VisuallyHidden = ({ children }: { children: Child }) => (
  <span class="visually-hidden">{children}</span>
);
