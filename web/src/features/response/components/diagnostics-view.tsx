import type { Finding, Severity, Topic, TryIt } from '@playground/shared/diagnostics';
import './diagnostics-view.css';

// The order the checks come in; CORS first, as it is the question learners hit first.
const TOPIC_NAMES: [Topic, string][] = [
  ['cors', 'Could another site read it? (CORS)'],
  ['content', 'Body and Content-Type'],
  ['security', 'Security'],
  ['caching', 'Caching'],
];

const SEVERITY_WORDS: Record<Severity, string> = {
  problem: 'Problem',
  warning: 'Worth fixing',
  info: 'Note',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(findings: readonly Finding[]): string {
  const problems = findings.filter((f) => f.severity === 'problem').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.length - problems - warnings;
  const fix = [problems ? plural(problems, 'problem') : '', warnings ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  return fix
    ? `${fix} worth fixing, and ${plural(notes, 'note')} on what this response means.`
    : `Nothing to fix. ${plural(notes, 'note')} on what this response means.`;
}

// Read first: anything worth fixing, the answer to the CORS question, and what can be tried.
const LEADS = new Set(['cors/verdict', 'cors/preflight-answer']);
const startsOpen = (finding: Finding) =>
  finding.severity !== 'info' || LEADS.has(finding.id) || finding.tryIt !== undefined;

/** One finding: its title always shown; the why, the evidence and what to do open under it. */
function FindingCard({ finding, onTry }: { finding: Finding; onTry: ((tryIt: TryIt) => void) | undefined }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <details open={startsOpen(finding)}>
        <summary className="finding-summary">
          <h4 className="finding-title">
            <span className="finding-severity">{SEVERITY_WORDS[finding.severity]}</span>
            <span>{finding.title}</span>
          </h4>
        </summary>
        <p className="finding-text">{finding.explanation}</p>
        {finding.points && finding.points.length > 0 ? (
          <dl className="finding-points">
            {finding.points.map((point) => (
              <div key={point.term}>
                <dt className="mono">{point.term}</dt>
                <dd>{point.meaning}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {finding.evidence.length > 0 ? (
          <dl className="finding-evidence mono">
            {finding.evidence.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat; its position is its identity.
              <div key={index}>
                <dt>{item.name}:</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {finding.hint ? <p className="finding-hint">{finding.hint}</p> : null}
        {finding.tryIt && onTry ? (
          <button type="button" className="button button-small" onClick={() => onTry(finding.tryIt!)}>
            {finding.tryIt.label}
          </button>
        ) : null}
      </details>
    </li>
  );
}

export interface DiagnosticsViewProps {
  /** The checks' findings; null while their code loads. */
  findings: readonly Finding[] | null;
  /** Changes the request as a finding suggests and sends it (absent: the suggestion is only said). */
  onTry?: (tryIt: TryIt) => void;
}

/** What the checks found, by topic, each in plain words with the headers it rests on. */
export function DiagnosticsView({ findings, onTry }: DiagnosticsViewProps) {
  if (!findings) return <p className="body-note">Checking the response…</p>;
  const toFix = findings.filter((finding) => finding.severity !== 'info');
  return (
    <div className="meta-view diagnostics">
      <p className="diagnostics-summary">{summary(findings)}</p>
      {toFix.length > 0 ? (
        // Named up front, as CORS comes first and may push them below the fold.
        <ul className="diagnostics-to-fix">
          {toFix.map((finding) => (
            <li key={finding.id}>
              <span className={`finding-severity finding-${finding.severity}`}>
                {SEVERITY_WORDS[finding.severity]}
              </span>{' '}
              {finding.title}
            </li>
          ))}
        </ul>
      ) : null}
      {TOPIC_NAMES.map(([topic, name]) => {
        const items = findings.filter((finding) => finding.topic === topic);
        if (items.length === 0) return null;
        return (
          <section key={topic} className="diagnostics-topic">
            <h3 className="meta-heading">{name}</h3>
            <ul className="findings">
              {items.map((finding) => (
                <FindingCard key={finding.id} finding={finding} onTry={onTry} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
