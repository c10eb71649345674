import { formatPercent } from "../i18n/format";
import { useApp } from "./context";

export function Progress({ done, total, percent }: { done: number; total: number; percent: number }) {
  const { t, language } = useApp();
  const label = t.progress(done, total);
  return (
    <div className="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label} ({formatPercent(percent, language)})</span>
    </div>
  );
}
